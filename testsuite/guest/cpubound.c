/*
 * A CPU-bound workload and the JIT benchmark: a sieve of Eratosthenes, quicksort of
 * pseudo-random arrays (recursive calls, data-dependent branches), an FNV-1a hash over the
 * sorted arrays and a small matrix multiply; prints each round's checksums and a checksum of all
 * rounds. The default 8 rounds take about a second under qemu-aarch64; argv[1] sets the
 * number of rounds (the tests use fewer).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIEVE_LIMIT 2000000
#define SORT_LENGTH 100000
#define MATRIX 48

static uint8_t composite[SIEVE_LIMIT + 1];
static uint32_t array[SORT_LENGTH];
static uint32_t ma[MATRIX][MATRIX], mb[MATRIX][MATRIX], mc[MATRIX][MATRIX];

static uint64_t rng_state = 0x9e3779b97f4a7c15;

static uint32_t next_random(void)
{
    /* xorshift64*: deterministic, so the output never depends on the host */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t) ((rng_state * 0x2545f4914f6cdd1d) >> 32);
}

static unsigned sieve(void)
{
    memset(composite, 0, sizeof composite);
    unsigned count = 0;
    for (unsigned n = 2; n <= SIEVE_LIMIT; n++) {
        if (composite[n])
            continue;
        count++;
        for (unsigned m = n * 2; m <= SIEVE_LIMIT; m += n)
            composite[m] = 1;
    }
    return count;
}

static void quicksort(uint32_t *a, long lo, long hi)
{
    while (lo < hi) {
        uint32_t pivot = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                uint32_t t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        /* recurse into the smaller half, loop on the larger: bounded stack */
        if (j - lo < hi - i) {
            quicksort(a, lo, j);
            lo = i;
        } else {
            quicksort(a, i, hi);
            hi = j;
        }
    }
}

static uint64_t fnv1a(const void *data, size_t length)
{
    const uint8_t *p = data;
    uint64_t h = 0xcbf29ce484222325;
    for (size_t i = 0; i < length; i++)
        h = (h ^ p[i]) * 0x100000001b3;
    return h;
}

static uint64_t matrix_multiply(void)
{
    for (int i = 0; i < MATRIX; i++)
        for (int j = 0; j < MATRIX; j++) {
            ma[i][j] = next_random() & 0xffff;
            mb[i][j] = next_random() & 0xffff;
        }
    for (int i = 0; i < MATRIX; i++)
        for (int j = 0; j < MATRIX; j++) {
            uint32_t sum = 0;
            for (int k = 0; k < MATRIX; k++)
                sum += ma[i][k] * mb[k][j];
            mc[i][j] = sum;
        }
    return fnv1a(mc, sizeof mc);
}

int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 8;
    uint64_t total = 0;
    for (int round = 0; round < rounds; round++) {
        unsigned primes = sieve();
        printf("round %d: %u primes below %d\n", round, primes, SIEVE_LIMIT);
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < SORT_LENGTH; i++)
                array[i] = next_random();
            quicksort(array, 0, SORT_LENGTH - 1);
            int sorted = 1;
            for (int i = 1; i < SORT_LENGTH; i++)
                sorted &= array[i - 1] <= array[i];
            uint64_t h = fnv1a(array, sizeof array);
            printf("round %d: sort %d %s, hash %016llx\n", round, k,
                   sorted ? "sorted" : "NOT SORTED", (unsigned long long) h);
            total = total * 31 + h;
        }
        uint64_t m = matrix_multiply();
        printf("round %d: matrix hash %016llx\n", round, (unsigned long long) m);
        total = total * 31 + m + primes;
    }
    printf("checksum %016llx\n", (unsigned long long) total);
    return 0;
}
