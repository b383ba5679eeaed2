/*
 * Memory management: malloc, calloc, realloc and free over many sizes (small ones from the
 * brk heap, large ones mmap'ed by glibc), with every block filled and checked; direct mmap,
 * mprotect, mremap and munmap; and a big zero-initialised calloc.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define BLOCKS 1000

static unsigned char *blocks[BLOCKS];
static size_t sizes[BLOCKS];

static uint32_t next(uint32_t *state)
{
    *state = *state * 1664525 + 1013904223;
    return *state >> 8;
}

static int check(unsigned char *p, size_t n, unsigned char value)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != value)
            return 0;
    return 1;
}

int main(void)
{
    uint32_t rng = 12345;
    int bad = 0;
    uint64_t total = 0;
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < BLOCKS; i++) {
            size_t size = next(&rng) % 16 == 0 ? 131072 + next(&rng) % 65536
                                              : 1 + next(&rng) % 2000;
            if (blocks[i] != NULL) {
                bad += !check(blocks[i], sizes[i], (unsigned char) (i + round - 1));
                if (next(&rng) % 2) {
                    free(blocks[i]);
                    blocks[i] = NULL;
                } else {
                    blocks[i] = realloc(blocks[i], size);
                    size_t kept = sizes[i] < size ? sizes[i] : size;
                    bad += !check(blocks[i], kept, (unsigned char) (i + round - 1));
                }
            }
            if (blocks[i] == NULL)
                blocks[i] = round % 2 ? calloc(1, size) : malloc(size);
            if (blocks[i] == NULL) {
                printf("allocation of %zu failed\n", size);
                return 1;
            }
            if (round % 2 && !check(blocks[i], 0, 0))
                bad++;
            memset(blocks[i], (unsigned char) (i + round), size);
            sizes[i] = size;
            total += size;
        }
        printf("round %d: %llu bytes allocated so far, %d bad\n", round,
               (unsigned long long) total, bad);
    }
    for (int i = 0; i < BLOCKS; i++)
        free(blocks[i]);

    unsigned char *zeros = calloc(16, 1 << 20);
    printf("calloc 16 MB: %s, zero %d\n", zeros ? "ok" : "failed",
           zeros != NULL && zeros[0] == 0 && zeros[(16 << 20) - 1] == 0 && zeros[12345678] == 0);
    free(zeros);

    long page = sysconf(_SC_PAGESIZE);
    printf("page size %ld\n", page);
    unsigned char *map = mmap(NULL, 4 * (size_t) page, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap: %s\n", map == MAP_FAILED ? "failed" : "ok");
    memset(map, 0x5a, 4 * (size_t) page);
    printf("mprotect read-only: %d\n", mprotect(map + page, (size_t) page, PROT_READ));
    printf("still readable: %d\n", map[page + 7] == 0x5a);
    /* mremap needs one mapping: a range with mixed protections is several */
    printf("mprotect read-write: %d\n", mprotect(map + page, (size_t) page,
                                                 PROT_READ | PROT_WRITE));
    map = mremap(map, 4 * (size_t) page, 64 * (size_t) page, MREMAP_MAYMOVE);
    if (map == MAP_FAILED) {
        printf("mremap failed\n");
        return 1;
    }
    printf("mremap: kept %d, new zero %d\n", map[3 * page] == 0x5a, map[40 * page] == 0);
    printf("munmap: %d\n", munmap(map, 64 * (size_t) page));

    void *before = sbrk(0);
    void *grown = sbrk(1 << 16);
    printf("sbrk: grew by %ld\n", (long) ((char *) sbrk(0) - (char *) before));
    memset(grown, 1, 1 << 16);
    return bad != 0;
}
