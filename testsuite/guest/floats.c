/*
 * Double and single precision through libc and libm: printf with %g, %e, %f and %a, sqrt,
 * sin, cos, exp, log, pow, fma, rounding functions, conversions to and from integers
 * (saturating in AArch64's FCVTZS), comparisons with NaN, and strtod of decimal and hex
 * strings. Inputs come through volatile variables so that the compiler does not fold them.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile double inputs[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 10.0, 0.1, 1e-300, 1e300, 123456.789, -2.5,
    3.141592653589793, 1e-310, 4.9e-324, 1.7976931348623157e308,
};
#define N (sizeof inputs / sizeof inputs[0])

static uint64_t bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

int main(void)
{
    for (unsigned i = 0; i < N; i++) {
        double x = inputs[i];
        printf("x=%g e=%e f=%.6f a=%a bits=%016llx\n", x, x, x, x, (unsigned long long) bits(x));
        printf("  sqrt=%.17g sin=%.17g cos=%.17g\n", sqrt(fabs(x)), sin(x), cos(x));
        printf("  exp=%.17g log=%.17g pow=%.17g\n", exp(x), log(fabs(x)), pow(fabs(x), 1.5));
        printf("  floor=%g ceil=%g round=%g trunc=%g rint=%g\n", floor(x), ceil(x), round(x),
               trunc(x * 7.3), rint(x * 2.5));
        printf("  x*3=%.17g x/7=%.17g x+0.1=%.17g fma=%.17g\n", x * 3, x / 7, x + 0.1,
               fma(x, 1.0 / 3.0, -x));
        printf("  (long)=%ld (int)=%d (unsigned)=%u (float)=%.9g\n", (long) (x * 1e3),
               (int) (x * 1e3), (unsigned) fabs(x * 1e3), (double) (float) x);
        float f = (float) x;
        printf("  f*f=%.9g sqrtf=%.9g f/3=%.9g\n", (double) (f * f), (double) sqrtf(fabsf(f)),
               (double) (f / 3.0f));
    }
    volatile double zero = 0.0;
    double nan = zero / zero, inf = 1.0 / zero;
    printf("nan=%g inf=%g -inf=%g nan<1=%d nan==nan=%d inf>1e308=%d\n", nan, inf, -inf, nan < 1,
           nan == nan, inf > 1e308);
    printf("isnan=%d isinf=%d signbit(-0)=%d fmax=%g fmin=%g\n", isnan(nan), isinf(-inf),
           signbit(-zero), fmax(nan, 2.0), fmin(-0.0, 0.0));
    printf("(long)inf=%ld (long)-inf=%ld (long)nan=%ld (int)1e10=%d\n", (long) inf, (long) -inf,
           (long) nan, (int) (zero + 1e10));
    for (long v = -3; v <= 3; v++)
        printf("%ld -> %.1f %.1f\n", v * 1000000007L, (double) (v * 1000000007L),
               (double) (float) (v * 1000000007L));
    const char *texts[] = {
        "0", "1.5", "-2.25e-3", "1e400", "1e-400", "0x1.8p3", "  42abc", "inf", "nan",
        "3.14159265358979323846264338327950288", "2.2250738585072011e-308", "4.9e-324",
    };
    for (unsigned i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        char *end;
        double d = strtod(texts[i], &end);
        printf("strtod(\"%s\") = %.17g, %a, consumed %d\n", texts[i], d, d, (int) (end - texts[i]));
    }
    double sum = 0;
    for (int k = 1; k <= 100000; k++)
        sum += 1.0 / ((double) k * k);
    printf("basel %.17g vs %.17g\n", sum, M_PI * M_PI / 6);
    return 0;
}
