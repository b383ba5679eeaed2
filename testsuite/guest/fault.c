/*
 * Takes SIGSEGV in the middle of a straight-line run of instructions, after several registers
 * were changed, so the state reported at the fault shows whether it is precise.
 */
int main(void) {
    register long a asm("x19") = 0x1111;
    register long b asm("x20") = 0x2222;
    register long *p asm("x21") = (long *) 0x10;
    asm volatile(
        "add %0, %0, #1\n\t"
        "add %1, %1, #2\n\t"
        "ldr x22, [%2]\n\t"          /* faults here */
        "add %0, %0, #4\n\t"
        "add %1, %1, #8\n\t"
        : "+r"(a), "+r"(b) : "r"(p) : "x22", "memory");
    return (int) (a + b);
}
