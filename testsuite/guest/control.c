/*
 * Control flow that stresses a translator's block linking: a bytecode interpreter's switch
 * (a jump table through BR), calls through function pointers (BLR), deep and mutual
 * recursion (the return-address stack), setjmp/longjmp out of a deep recursion (returns that do
 * not match their calls), qsort calling back into our comparator, and computed gotos.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, DROP, HALT, XOR, SHL };

/* Sums i * i for i = n .. 1 on a little stack machine. */
static int64_t run_vm(int64_t n)
{
    static const int64_t program[] = {
        PUSH, 0,            /* acc */
        PUSH, 0,            /* n, patched below */
        /* loop: stack = acc n */
        DUP, DUP, MUL,      /* acc n n*n */
        SWAP,               /* acc n*n n */
        PUSH, 0, XOR,       /* identity, to exercise one more case */
        DEC,                /* acc n*n n-1 */
        SWAP,               /* acc n-1 n*n */
        PUSH, 1, SHL,       /* doubled */
        PUSH, 2, SUB, PUSH, 2, ADD, /* unchanged */
        /* rotate: acc n-1 sq -> (acc+sq) n-1 ... done with locals instead */
        HALT,
    };
    int64_t stack[16];
    int64_t acc = 0;
    for (int64_t i = n; i > 0; i--) {
        int sp = 0;
        size_t pc = 0;
        for (;;) {
            int64_t op = program[pc++];
            switch (op) {
            case PUSH: stack[sp++] = program[pc++]; if (pc == 4) stack[sp - 1] = i; break;
            case ADD: sp--; stack[sp - 1] += stack[sp]; break;
            case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
            case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
            case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
            case SHL: sp--; stack[sp - 1] <<= stack[sp]; break;
            case DUP: stack[sp] = stack[sp - 1]; sp++; break;
            case SWAP: { int64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2];
                         stack[sp - 2] = t; break; }
            case DEC: stack[sp - 1]--; break;
            case DROP: sp--; break;
            case JNZ: sp--; if (stack[sp]) pc = (size_t) program[pc]; else pc++; break;
            case HALT: goto done;
            default: printf("bad op %lld\n", (long long) op); exit(1);
            }
        }
    done:
        acc += stack[sp - 1] + stack[0] * 0 + sp;
    }
    return acc;
}

typedef uint64_t (*unary)(uint64_t);
static uint64_t twice(uint64_t x) { return x * 2; }
static uint64_t square(uint64_t x) { return x * x; }
static uint64_t negate(uint64_t x) { return -x; }
static uint64_t rotate(uint64_t x) { return x << 13 | x >> 51; }
static uint64_t increment(uint64_t x) { return x + 1; }

static int is_even(unsigned n);
__attribute__((noinline)) static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
__attribute__((noinline)) static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

__attribute__((noinline)) static uint64_t ackermann(uint64_t m, uint64_t n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static jmp_buf escape;

/* Never returns normally (GCC warns of infinite recursion): it always ends in longjmp. */
#pragma GCC diagnostic ignored "-Winfinite-recursion"
__attribute__((noinline)) static int dive(int depth, int limit)
{
    if (depth == limit)
        longjmp(escape, depth);
    return dive(depth + 1, limit) + 1;
}

static int compare_desc(const void *a, const void *b)
{
    int x = *(const int *) a, y = *(const int *) b;
    return (x < y) - (x > y);
}

static int computed_goto(int n)
{
    static void *labels[] = {&&zero, &&one, &&two};
    int total = 0;
    for (int i = 0; i < n; i++) {
        goto *labels[i % 3];
    zero: total += 1; continue;
    one: total += 10; continue;
    two: total += 100; continue;
    }
    return total;
}

int main(void)
{
    printf("vm: %lld\n", (long long) run_vm(1000));

    unary table[] = {twice, square, negate, rotate, increment};
    uint64_t x = 3;
    for (int i = 0; i < 100000; i++)
        x = table[(x >> 7) % 5](x) ^ (uint64_t) i;
    printf("function pointers: %016llx\n", (unsigned long long) x);

    printf("mutual recursion: is_even(10001)=%d is_odd(7777)=%d\n", is_even(10001),
           is_odd(7777));
    printf("ackermann(2, 300)=%llu ackermann(3, 5)=%llu\n",
           (unsigned long long) ackermann(2, 300), (unsigned long long) ackermann(3, 5));

    for (int limit = 1; limit <= 4000; limit *= 4) {
        int got = setjmp(escape);
        if (got == 0)
            dive(0, limit);
        else
            printf("longjmp from depth %d\n", got);
    }
    /* after the longjmps the return-address stack is stale: ordinary calls must still work */
    printf("after longjmp: ackermann(2, 3)=%llu\n", (unsigned long long) ackermann(2, 3));

    int values[64];
    for (int i = 0; i < 64; i++)
        values[i] = (i * 37) % 64 - 20;
    qsort(values, 64, sizeof values[0], compare_desc);
    printf("qsort:");
    for (int i = 0; i < 64; i += 8)
        printf(" %d", values[i]);
    printf("\n");

    printf("computed goto: %d\n", computed_goto(1000));
    return 0;
}
