// No C library: write(1, ...) twice, one of them from a buffer on the stack, then
// exit_group(7). Checks the SVC calling convention (x8 = number, x0-x5 = arguments, x0 = result).
    .text
    .global _start
_start:
    mov     x0, #1
    adr     x1, message
    mov     x2, #(message_end - message)
    mov     x8, #64                 // write
    svc     #0
    mov     x19, x0                 // bytes written: the message length
    // Build "len=NN\n" on the stack from the result, to check that x0 came back.
    sub     sp, sp, #16
    mov     w3, #'l'
    strb    w3, [sp, #0]
    mov     w3, #'e'
    strb    w3, [sp, #1]
    mov     w3, #'n'
    strb    w3, [sp, #2]
    mov     w3, #'='
    strb    w3, [sp, #3]
    mov     x4, #10
    udiv    x5, x19, x4             // tens
    msub    x6, x5, x4, x19         // units
    add     w5, w5, #'0'
    add     w6, w6, #'0'
    strb    w5, [sp, #4]
    strb    w6, [sp, #5]
    mov     w3, #'\n'
    strb    w3, [sp, #6]
    mov     x0, #1
    mov     x1, sp
    mov     x2, #7
    mov     x8, #64
    svc     #0
    mov     x0, #7
    mov     x8, #94                 // exit_group
    svc     #0

    .section .rodata
message:
    .ascii  "raw system calls work\n"
message_end:
