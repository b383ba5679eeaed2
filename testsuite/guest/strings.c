/*
 * glibc's string functions (hand-written AArch64 assembly with SIMD, unaligned and
 * page-crossing tricks) against obvious byte loops, over many lengths and alignments of source
 * and destination. Prints a line per function with the number of checks and a checksum of the
 * results; any disagreement is printed too (and makes the exit status 1).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define SIZE 640
#define MAX_LENGTH 300

static unsigned char buffer_a[SIZE], buffer_b[SIZE], buffer_c[SIZE];
static int failures;

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3 + 7;
}

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245 + 12345;
        p[i] = (unsigned char) (1 + (seed >> 16) % 255); /* never 0 */
    }
}

static void check(const char *what, int ok, size_t length, size_t align)
{
    if (!ok) {
        failures++;
        if (failures < 20)
            printf("FAIL %s length %zu align %zu\n", what, length, align);
    }
}

static size_t ref_strlen(const unsigned char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static void report(const char *what, unsigned checks, uint64_t h)
{
    printf("%-8s %6u checks, checksum %016llx\n", what, checks, (unsigned long long) h);
}

int main(void)
{
    unsigned checks;
    uint64_t h;

    /* strlen: a terminator at every length from every alignment */
    checks = 0, h = 0;
    for (size_t align = 0; align < 16; align++)
        for (size_t length = 0; length < MAX_LENGTH; length++) {
            fill(buffer_a, SIZE, (unsigned) (length * 31 + align));
            buffer_a[align + length] = 0;
            size_t r = strlen((char *) buffer_a + align);
            check("strlen", r == length && r == ref_strlen(buffer_a + align), length, align);
            h = mix(h, r);
            checks++;
        }
    report("strlen", checks, h);

    /* memcpy and memset: destination and source alignments, guard bytes around the copy */
    checks = 0, h = 0;
    for (size_t da = 0; da < 16; da++)
        for (size_t sa = 0; sa < 16; sa += 3)
            for (size_t length = 0; length < MAX_LENGTH; length += (length < 70 ? 1 : 13)) {
                fill(buffer_a, SIZE, (unsigned) length);
                memset(buffer_b, 0xee, SIZE);
                memcpy(buffer_b + da, buffer_a + sa, length);
                int ok = memcmp(buffer_b + da, buffer_a + sa, length) == 0;
                ok &= da == 0 || buffer_b[da - 1] == 0xee;
                ok &= buffer_b[da + length] == 0xee;
                for (size_t i = 0; i < length; i++)
                    ok &= buffer_b[da + i] == buffer_a[sa + i];
                check("memcpy", ok, length, da * 16 + sa);
                h = mix(h, buffer_b[da + length / 2]);
                checks++;
                memset(buffer_b + da, (int) length, length);
                for (size_t i = 0; i < length; i++)
                    ok &= buffer_b[da + i] == (unsigned char) length;
                ok &= buffer_b[da + length] == 0xee;
                check("memset", ok, length, da);
            }
    report("memcpy", checks, h);

    /* memmove: overlapping both ways */
    checks = 0, h = 0;
    for (size_t shift = 0; shift < 40; shift++)
        for (size_t length = 0; length < MAX_LENGTH; length += 7) {
            for (int direction = 0; direction < 2; direction++) {
                fill(buffer_a, SIZE, (unsigned) (shift + length));
                memcpy(buffer_c, buffer_a, SIZE);
                size_t from = direction ? 50 + shift : 50, to = direction ? 50 : 50 + shift;
                memmove(buffer_a + to, buffer_a + from, length);
                /* the reference: copy through a separate buffer */
                unsigned char tmp[SIZE];
                for (size_t i = 0; i < length; i++)
                    tmp[i] = buffer_c[from + i];
                for (size_t i = 0; i < length; i++)
                    buffer_c[to + i] = tmp[i];
                check("memmove", memcmp(buffer_a, buffer_c, SIZE) == 0, length, shift);
                h = mix(h, buffer_a[to + length / 3]);
                checks++;
            }
        }
    report("memmove", checks, h);

    /* strcmp and memcmp: equal strings, and a difference at every position, both signs */
    checks = 0, h = 0;
    for (size_t align = 0; align < 16; align += 5)
        for (size_t length = 1; length < 120; length++)
            for (size_t diff = 0; diff <= length; diff += (length < 20 ? 1 : 9)) {
                fill(buffer_a, SIZE, (unsigned) length);
                memcpy(buffer_b + align, buffer_a, SIZE - 16);
                buffer_a[length] = 0;
                buffer_b[align + length] = 0;
                int expect = 0;
                if (diff < length) {
                    buffer_b[align + diff] = (unsigned char) (buffer_a[diff] == 0xff ? 1
                                                              : buffer_a[diff] + 1);
                    expect = -1;
                    if (diff % 2) {
                        buffer_b[align + diff] = 0x80;
                        buffer_a[diff] = 0xc0;
                        expect = 1;
                    }
                }
                int r = strcmp((char *) buffer_a, (char *) buffer_b + align);
                int m = memcmp(buffer_a, buffer_b + align, length);
                int sr = (r > 0) - (r < 0), sm = (m > 0) - (m < 0);
                check("strcmp", sr == expect, length, align * 1000 + diff);
                check("memcmp", sm == expect, length, align * 1000 + diff);
                h = mix(mix(h, (uint64_t) (sr + 1)), (uint64_t) (sm + 1));
                checks++;
            }
    report("strcmp", checks, h);

    /* strchr, strrchr and memchr: the character at every position, or absent */
    checks = 0, h = 0;
    for (size_t align = 0; align < 16; align += 3)
        for (size_t length = 0; length < 200; length += 3)
            for (size_t at = 0; at <= length + 1; at += (length < 40 ? 1 : 11)) {
                fill(buffer_a, SIZE, (unsigned) (length + at));
                unsigned char *s = buffer_a + align;
                for (size_t i = 0; i < length; i++)
                    if (s[i] == '#')
                        s[i] = '$';
                s[length] = 0;
                if (at < length)
                    s[at] = '#';
                char *c = strchr((char *) s, '#');
                char *rc = strrchr((char *) s, '#');
                void *mc = memchr(s, '#', length);
                char *nul = strchr((char *) s, 0);
                int present = at < length;
                int ok = c == (present ? (char *) s + at : NULL) && rc == c && mc == (void *) c
                         && nul == (char *) s + length;
                check("strchr", ok, length, align * 1000 + at);
                h = mix(h, c ? (uint64_t) (c - (char *) s) : 999);
                checks++;
            }
    report("strchr", checks, h);

    /* snprintf, strncpy and strstr on ordinary text */
    char text[200];
    int n = snprintf(text, sizeof text, "%s-%05d-%x-%-6s|", "hotarm", 42, 0xbeef, "ab");
    printf("snprintf %d [%s]\n", n, text);
    char copy[16];
    memset(copy, 'x', sizeof copy);
    strncpy(copy, "short", sizeof copy);
    printf("strncpy [%s] pad %d\n", copy, copy[15]);
    printf("strstr [%s]\n", strstr("the quick brown fox jumps", "fox"));
    printf("strspn %zu strcspn %zu\n", strspn("aaabbbc", "ab"), strcspn("hello, world", " ,"));

    printf("%d failures\n", failures);
    return failures != 0;
}
