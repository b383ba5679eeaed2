/*
 * hotarm's bundled example: a small static AArch64 program with no C library, so that it can be
 * committed pre-built (the README's first command runs it without a cross compiler).
 * It greets, echoes its arguments, and prints the first 20 primes found by trial division.
 */

long sys_write(int fd, const void *buf, unsigned long len);

static unsigned long length(const char *s)
{
    unsigned long n = 0;
    while (s[n] != '\0')
        n++;
    return n;
}

static void put(const char *s)
{
    sys_write(1, s, length(s));
}

static void put_unsigned(unsigned long value)
{
    char digits[24];
    int i = sizeof digits;
    digits[--i] = '\0';
    do {
        digits[--i] = (char) ('0' + value % 10);
        value /= 10;
    } while (value != 0);
    put(&digits[i]);
}

static int is_prime(unsigned long n)
{
    if (n < 2)
        return 0;
    for (unsigned long d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

int main(int argc, char **argv)
{
    put("Hello from AArch64!\n");
    put("argc = ");
    put_unsigned((unsigned long) argc);
    put("\n");
    for (int i = 0; i < argc; i++) {
        put("argv[");
        put_unsigned((unsigned long) i);
        put("] = ");
        put(argv[i]);
        put("\n");
    }
    put("first 20 primes:");
    int found = 0;
    for (unsigned long n = 2; found < 20; n++) {
        if (is_prime(n)) {
            put(" ");
            put_unsigned(n);
            found++;
        }
    }
    put("\n");
    return 0;
}
