/* Exits with status 42 after flushing a line, through exit() so atexit handlers run. */
#include <stdio.h>
#include <stdlib.h>

static void goodbye(void)
{
    puts("atexit handler ran");
}

int main(void)
{
    atexit(goodbye);
    puts("exiting with 42");
    exit(42);
}
