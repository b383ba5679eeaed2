/*
 * Code generated at run time and then changed: a translator must notice that translated guest
 * code was overwritten. Writes small functions (MOVZ w0, #imm; RET, or a loop) into an
 * executable mapping, calls them, patches the immediate in place and calls again; the same
 * after remapping a page from writable to executable. Uses __builtin___clear_cache, as real
 * JITs must on AArch64.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

typedef uint32_t (*function)(uint32_t);

static uint32_t movz_w0(uint32_t imm16)
{
    return 0x52800000u | (imm16 & 0xffff) << 5;   /* MOVZ w0, #imm16 */
}

#define RET 0xd65f03c0u                 /* RET */
#define ADD_W0_W0_W1 0x0b010000u        /* ADD w0, w0, w1 */
#define MOV_W1_W0 0x2a0003e1u           /* MOV w1, w0 (ORR w1, wzr, w0) */

static void emit(uint32_t *code, const uint32_t *words, size_t count)
{
    memcpy(code, words, count * sizeof words[0]);
    __builtin___clear_cache((char *) code, (char *) (code + count));
}

int main(void)
{
    uint32_t *code = mmap(NULL, 8192, PROT_READ | PROT_WRITE | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED) {
        puts("mmap RWX failed");
        return 1;
    }
    function f = (function) (uintptr_t) code;

    /* the same address, rewritten between calls */
    uint64_t sum = 0;
    for (uint32_t i = 0; i < 200; i++) {
        uint32_t words[] = {movz_w0(i * 3 + 1), RET};
        emit(code, words, 2);
        uint32_t r = f(0);
        if (r != i * 3 + 1)
            printf("call %u returned %u, expected %u\n", i, r, i * 3 + 1);
        sum += r;
    }
    printf("rewritten function: sum %llu\n", (unsigned long long) sum);

    /* patching one instruction in the middle of a function that has already run */
    uint32_t body[] = {MOV_W1_W0, movz_w0(5), ADD_W0_W0_W1, RET};
    emit(code + 16, body, 4);
    function g = (function) (uintptr_t) (code + 16);
    uint32_t first = g(10);
    for (int k = 0; k < 3; k++)
        first += g(10);
    emit(code + 17, (uint32_t[]) {movz_w0(1000)}, 1);
    uint32_t second = g(10);
    printf("patched middle: before %u (4 calls), after %u\n", first, second);

    /* a second page: written while writable, then made executable */
    uint32_t *page = code + 1024;
    printf("mprotect RW: %d\n", mprotect(page, 4096, PROT_READ | PROT_WRITE));
    emit(page, (uint32_t[]) {movz_w0(77), RET}, 2);
    printf("mprotect RX: %d\n", mprotect(page, 4096, PROT_READ | PROT_EXEC));
    function h = (function) (uintptr_t) page;
    printf("after W^X switch: %u\n", h(0));
    mprotect(page, 4096, PROT_READ | PROT_WRITE);
    emit(page, (uint32_t[]) {movz_w0(78), RET}, 2);
    mprotect(page, 4096, PROT_READ | PROT_EXEC);
    printf("rewritten under W^X: %u\n", h(0));
    return 0;
}
