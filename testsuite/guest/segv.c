/* Stores to address 0x10, which is never mapped: SIGSEGV, status 139. */
#include <stdio.h>

int main(void)
{
    puts("about to store to 0x10");
    fflush(stdout);
    volatile int *volatile target = (volatile int *) 0x10; /* opaque to the compiler */
    *target = 1;
    puts("still alive?");
    return 0;
}
