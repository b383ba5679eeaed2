/*
 * Integer arithmetic over edge values, printed in hex: add/sub with carries, multiplies
 * (low and high halves), divides (including by zero and INT_MIN / -1, which AArch64 defines),
 * shifts and rotates by every interesting amount, bit-field extracts and inserts, bit counts,
 * byte reversal, conditional selects and widening/narrowing conversions. The inputs come from
 * a volatile array so the compiler cannot fold the operations away.
 */
#include <stdint.h>
#include <stdio.h>

static volatile uint64_t values[] = {
    0, 1, 2, 3, 7, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff,
    0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789abcdef0,
    0x7fffffffffffffff, 0x8000000000000000, 0xfffffffffffffffe, 0xffffffffffffffff,
    0xdeadbeefcafebabe,
};
#define N (sizeof values / sizeof values[0])

static uint64_t hash;

/*
 * Results are folded per operation over the second operand, and printed once per first
 * operand (a line per pair would make a megabyte of expected output): a mismatch still names
 * the operation and the first operand; rerun with any argument to print every result.
 */
static int verbose;
static const char *names[64];
static uint64_t folded[64];
static unsigned used;

static void out(const char *what, uint64_t a, uint64_t b, uint64_t r)
{
    if (verbose)
        printf("%s %llx %llx = %llx\n", what, (unsigned long long) a, (unsigned long long) b,
               (unsigned long long) r);
    unsigned k = 0;
    while (k < used && names[k] != what)
        k++;
    if (k == used) {
        names[used++] = what;
        folded[k] = 0;
    }
    folded[k] = (folded[k] ^ r) * 0x100000001b3 + 1;
    hash = (hash ^ r) * 0x100000001b3;
}

static void flush(uint64_t a)
{
    for (unsigned k = 0; k < used; k++)
        printf("%-9s %016llx: %016llx\n", names[k], (unsigned long long) a,
               (unsigned long long) folded[k]);
    used = 0;
}

/* Division as AArch64 defines it: by zero gives 0, INT_MIN / -1 gives INT_MIN. */
static int64_t sdiv64(int64_t a, int64_t b)
{
    return b == 0 ? 0 : (a == INT64_MIN && b == -1) ? a : a / b;
}

static int32_t sdiv32(int32_t a, int32_t b)
{
    return b == 0 ? 0 : (a == INT32_MIN && b == -1) ? a : a / b;
}

__attribute__((noinline)) static uint64_t bitfields(uint64_t a, uint64_t b)
{
    struct { uint64_t lo : 5, mid : 23, hi : 36; } s;
    s.lo = a;
    s.mid = b >> 3;
    s.hi = a ^ b;
    uint64_t r = s.lo + s.mid * 3 + s.hi;
    int64_t sx = (int64_t) (a << 40) >> 52; /* signed extract of bits 23..12 */
    return r ^ (uint64_t) sx ^ ((b & ~(0xffull << 16)) | ((a & 0xff) << 16));
}

int main(int argc, char **argv)
{
    (void) argv;
    verbose = argc > 1;
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            uint64_t a = values[i], b = values[j];
            uint32_t wa = (uint32_t) a, wb = (uint32_t) b;
            out("add", a, b, a + b);
            out("sub", a, b, a - b);
            out("addw", wa, wb, (uint32_t) (wa + wb));
            out("carry", a, b, a + b < a);
            out("mul", a, b, a * b);
            out("mulw", wa, wb, (uint32_t) (wa * wb));
            out("umulh", a, b, (uint64_t) (((unsigned __int128) a * b) >> 64));
            out("smulh", a, b, (uint64_t) (((__int128) (int64_t) a * (int64_t) b) >> 64));
            out("smull", wa, wb, (uint64_t) ((int64_t) (int32_t) wa * (int32_t) wb));
            out("umull", wa, wb, (uint64_t) wa * wb);
            out("udiv", a, b, b == 0 ? 0 : a / b);
            out("sdiv", a, b, (uint64_t) sdiv64((int64_t) a, (int64_t) b));
            out("urem", a, b, b == 0 ? a : a % b);
            out("udivw", wa, wb, wb == 0 ? 0 : wa / wb);
            out("sdivw", wa, wb, (uint32_t) sdiv32((int32_t) wa, (int32_t) wb));
            out("and", a, b, a & b);
            out("orn", a, b, a | ~b);
            out("eor", a, b, a ^ b);
            out("bic", a, b, a & ~b);
            out("lt", a, b, (int64_t) a < (int64_t) b);
            out("lo", a, b, a < b);
            out("csel", a, b, (int64_t) a > (int64_t) b ? a : b + 1);
            out("bitfields", a, b, bitfields(a, b));
            unsigned s = (unsigned) b & 63;
            out("lsl", a, s, a << s);
            out("lsr", a, s, a >> s);
            out("asr", a, s, (uint64_t) ((int64_t) a >> s));
            out("ror", a, s, s == 0 ? a : (a >> s) | (a << (64 - s)));
            unsigned ws = (unsigned) b & 31;
            out("lslw", wa, ws, (uint32_t) (wa << ws));
            out("asrw", wa, ws, (uint32_t) ((int32_t) wa >> ws));
        }
        uint64_t a = values[i];
        out("clz", a, 0, a == 0 ? 64 : (uint64_t) __builtin_clzll(a));
        out("ctz", a, 0, a == 0 ? 64 : (uint64_t) __builtin_ctzll(a));
        out("clrsb", a, 0, (uint64_t) __builtin_clrsbll((long long) a));
        out("popcount", a, 0, (uint64_t) __builtin_popcountll(a));
        out("rev", a, 0, __builtin_bswap64(a));
        out("rev32", a, 0, __builtin_bswap32((uint32_t) a));
        out("rev16", a, 0, __builtin_bswap16((uint16_t) a));
        out("sxtb", a, 0, (uint64_t) (int64_t) (int8_t) a);
        out("sxth", a, 0, (uint64_t) (int64_t) (int16_t) a);
        out("sxtw", a, 0, (uint64_t) (int64_t) (int32_t) a);
        out("uxtb", a, 0, (uint8_t) a);
        out("uxth", a, 0, (uint16_t) a);
        out("neg", a, 0, -a);
        out("abs", a, 0, (int64_t) a < 0 ? -a : a);
        flush(a);
    }
    printf("hash %016llx\n", (unsigned long long) hash);
    return 0;
}
