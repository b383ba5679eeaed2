// Prints a line, then executes a permanently undefined word (UDF #1): SIGILL, status 132.
    .text
    .global _start
_start:
    mov     x0, #1
    adr     x1, message
    mov     x2, #(message_end - message)
    mov     x8, #64                 // write
    svc     #0
    .inst   0x00000001              // udf #1
    mov     x0, #0
    mov     x8, #94                 // exit_group: not reached
    svc     #0

    .section .rodata
message:
    .ascii  "before the undefined instruction\n"
message_end:
