/* abort() raises SIGABRT: the status a shell shows is 128 + 6 = 134. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    puts("about to abort");
    fflush(stdout);
    abort();
}
