/* The smallest libc program: printf through stdio, buffered until exit. */
#include <stdio.h>

int main(void)
{
    printf("Hello, %s! %d + %d = %d\n", "world", 2, 3, 2 + 3);
    puts("goodbye");
    return 0;
}
