// Entry point and system calls for the freestanding example: no C library at all.
// At _start the kernel (or hotarm) leaves argc at [sp], argv after it.

    .text
    .global _start
    .type _start, %function
_start:
    mov     x29, #0                 // no caller frame: ends backtraces here
    mov     x30, #0
    ldr     x0, [sp]                // argc
    add     x1, sp, #8              // argv
    bl      main
    b       sys_exit                // exit status = main's return value
    .size _start, . - _start

// long sys_write(int fd, const void *buf, unsigned long len)
    .global sys_write
    .type sys_write, %function
sys_write:
    mov     x8, #64                 // __NR_write
    svc     #0
    ret
    .size sys_write, . - sys_write

// void sys_exit(int status): exit_group, so every thread ends
    .global sys_exit
    .type sys_exit, %function
sys_exit:
    mov     x8, #94                 // __NR_exit_group
    svc     #0
    b       sys_exit
    .size sys_exit, . - sys_exit
