// Prints a line, then BRK #0x3e8 (what GCC emits for __builtin_trap): SIGTRAP, status 133.
    .text
    .global _start
_start:
    mov     x0, #1
    adr     x1, message
    mov     x2, #(message_end - message)
    mov     x8, #64                 // write
    svc     #0
    brk     #0x3e8
    mov     x0, #0
    mov     x8, #94                 // exit_group: not reached
    svc     #0

    .section .rodata
message:
    .ascii  "before brk\n"
message_end:
