// Every form and alias of the A64 integer data-processing groups, with edge operands.
// Assembled and disassembled by dataproc.sh into the golden file dataproc.txt.
	.text
	.arch armv8.5-a+memtag+crc
	.globl start
start:
adr x0, start
adr xzr, .+1048575
adr x1, .-1048576
adr x2, .
adrp x3, start
adrp xzr, .+0xfffff000
adrp x4, .-0x100000000
adrp x5, .+4096
add x0, x1, #0
add x2, x3, #4095
add x4, x5, #1, lsl #12
add x6, x7, #0, lsl #12
add x8, sp, #16
add x9, x30, #4095, lsl #12
add sp, sp, #0x10
add sp, x1, #0
adds x0, x1, #0
adds x2, x3, #4095
adds x4, x5, #1, lsl #12
adds x6, x7, #0, lsl #12
adds x8, sp, #16
adds x9, x30, #4095, lsl #12
adds xzr, x1, #1
adds xzr, sp, #0
adds xzr, x2, #1, lsl #12
sub x0, x1, #0
sub x2, x3, #4095
sub x4, x5, #1, lsl #12
sub x6, x7, #0, lsl #12
sub x8, sp, #16
sub x9, x30, #4095, lsl #12
sub sp, sp, #0x10
sub sp, x1, #0
subs x0, x1, #0
subs x2, x3, #4095
subs x4, x5, #1, lsl #12
subs x6, x7, #0, lsl #12
subs x8, sp, #16
subs x9, x30, #4095, lsl #12
subs xzr, x1, #1
subs xzr, sp, #0
subs xzr, x2, #1, lsl #12
mov sp, x0
mov x1, sp
mov sp, sp
add x1, x2, #0
add w0, w1, #0
add w2, w3, #4095
add w4, w5, #1, lsl #12
add w6, w7, #0, lsl #12
add w8, wsp, #16
add w9, w30, #4095, lsl #12
add wsp, wsp, #0x10
add wsp, w1, #0
adds w0, w1, #0
adds w2, w3, #4095
adds w4, w5, #1, lsl #12
adds w6, w7, #0, lsl #12
adds w8, wsp, #16
adds w9, w30, #4095, lsl #12
adds wzr, w1, #1
adds wzr, wsp, #0
adds wzr, w2, #1, lsl #12
sub w0, w1, #0
sub w2, w3, #4095
sub w4, w5, #1, lsl #12
sub w6, w7, #0, lsl #12
sub w8, wsp, #16
sub w9, w30, #4095, lsl #12
sub wsp, wsp, #0x10
sub wsp, w1, #0
subs w0, w1, #0
subs w2, w3, #4095
subs w4, w5, #1, lsl #12
subs w6, w7, #0, lsl #12
subs w8, wsp, #16
subs w9, w30, #4095, lsl #12
subs wzr, w1, #1
subs wzr, wsp, #0
subs wzr, w2, #1, lsl #12
mov wsp, w0
mov w1, wsp
mov wsp, wsp
add w1, w2, #0
and x0, x1, #0x1
and x0, x1, #0xff
and x0, x1, #0xffff0000ffff0000
and x0, x1, #0x5555555555555555
orr x0, x1, #0x1
orr x0, x1, #0xff
orr x0, x1, #0xffff0000ffff0000
orr x0, x1, #0x5555555555555555
eor x0, x1, #0x1
eor x0, x1, #0xff
eor x0, x1, #0xffff0000ffff0000
eor x0, x1, #0x5555555555555555
ands x0, x1, #0x1
ands x0, x1, #0xff
ands x0, x1, #0xffff0000ffff0000
ands x0, x1, #0x5555555555555555
and sp, x2, #0xff
orr sp, xzr, #0xff
eor x3, xzr, #0xffff0000ffff0000
ands xzr, x4, #0xff
orr x5, xzr, #0x1
orr x5, xzr, #0xff
orr x5, xzr, #0xffff0000ffff0000
orr x5, xzr, #0x5555555555555555
orr x5, xzr, #0x8000000000000000
orr x5, xzr, #0xfffffffffffffffe
orr x5, xzr, #0x7fffffffffffffff
orr x5, xzr, #0xffff
orr x5, xzr, #0xffff0000
orr x5, xzr, #0xffffffff00000000
orr x5, xzr, #0xffff00000000
orr x5, xzr, #0x00ff00ff00ff00ff
orr x5, xzr, #0xfffffffffffeffff
orr x5, xzr, #0x1ffff
orr x5, xzr, #0xf0f0f0f0f0f0f0f0
orr x5, x6, #0x1
and w0, w1, #0x1
and w0, w1, #0xff
and w0, w1, #0xffff0000
and w0, w1, #0x55555555
orr w0, w1, #0x1
orr w0, w1, #0xff
orr w0, w1, #0xffff0000
orr w0, w1, #0x55555555
eor w0, w1, #0x1
eor w0, w1, #0xff
eor w0, w1, #0xffff0000
eor w0, w1, #0x55555555
ands w0, w1, #0x1
ands w0, w1, #0xff
ands w0, w1, #0xffff0000
ands w0, w1, #0x55555555
and wsp, w2, #0xff
orr wsp, wzr, #0xff
eor w3, wzr, #0xffff0000
ands wzr, w4, #0xff
orr w5, wzr, #0x1
orr w5, wzr, #0xff
orr w5, wzr, #0xffff0000
orr w5, wzr, #0x55555555
orr w5, wzr, #0x80000000
orr w5, wzr, #0xfffffffe
orr w5, wzr, #0x7fffffff
orr w5, wzr, #0xffff
orr w5, wzr, #0xff00ff
orr w5, wzr, #0xfffeffff
orr w5, wzr, #0x1ffff
orr w5, wzr, #0x3
orr w5, w6, #0x1
movz x7, #0, lsl #0
movz x7, #0, lsl #16
movz x7, #0, lsl #32
movz x7, #0, lsl #48
movz x7, #1, lsl #0
movz x7, #1, lsl #16
movz x7, #1, lsl #32
movz x7, #1, lsl #48
movz x7, #65535, lsl #0
movz x7, #65535, lsl #16
movz x7, #65535, lsl #32
movz x7, #65535, lsl #48
movz x7, #4660, lsl #0
movz x7, #4660, lsl #16
movz x7, #4660, lsl #32
movz x7, #4660, lsl #48
movz x7, #32768, lsl #0
movz x7, #32768, lsl #16
movz x7, #32768, lsl #32
movz x7, #32768, lsl #48
movz xzr, #5
movn x7, #0, lsl #0
movn x7, #0, lsl #16
movn x7, #0, lsl #32
movn x7, #0, lsl #48
movn x7, #1, lsl #0
movn x7, #1, lsl #16
movn x7, #1, lsl #32
movn x7, #1, lsl #48
movn x7, #65535, lsl #0
movn x7, #65535, lsl #16
movn x7, #65535, lsl #32
movn x7, #65535, lsl #48
movn x7, #4660, lsl #0
movn x7, #4660, lsl #16
movn x7, #4660, lsl #32
movn x7, #4660, lsl #48
movn x7, #32768, lsl #0
movn x7, #32768, lsl #16
movn x7, #32768, lsl #32
movn x7, #32768, lsl #48
movn xzr, #5
movk x7, #0, lsl #0
movk x7, #0, lsl #16
movk x7, #0, lsl #32
movk x7, #0, lsl #48
movk x7, #1, lsl #0
movk x7, #1, lsl #16
movk x7, #1, lsl #32
movk x7, #1, lsl #48
movk x7, #65535, lsl #0
movk x7, #65535, lsl #16
movk x7, #65535, lsl #32
movk x7, #65535, lsl #48
movk x7, #4660, lsl #0
movk x7, #4660, lsl #16
movk x7, #4660, lsl #32
movk x7, #4660, lsl #48
movk x7, #32768, lsl #0
movk x7, #32768, lsl #16
movk x7, #32768, lsl #32
movk x7, #32768, lsl #48
movk xzr, #5
movz w7, #0, lsl #0
movz w7, #0, lsl #16
movz w7, #1, lsl #0
movz w7, #1, lsl #16
movz w7, #65535, lsl #0
movz w7, #65535, lsl #16
movz w7, #4660, lsl #0
movz w7, #4660, lsl #16
movz w7, #32768, lsl #0
movz w7, #32768, lsl #16
movz wzr, #5
movn w7, #0, lsl #0
movn w7, #0, lsl #16
movn w7, #1, lsl #0
movn w7, #1, lsl #16
movn w7, #65535, lsl #0
movn w7, #65535, lsl #16
movn w7, #4660, lsl #0
movn w7, #4660, lsl #16
movn w7, #32768, lsl #0
movn w7, #32768, lsl #16
movn wzr, #5
movk w7, #0, lsl #0
movk w7, #0, lsl #16
movk w7, #1, lsl #0
movk w7, #1, lsl #16
movk w7, #65535, lsl #0
movk w7, #65535, lsl #16
movk w7, #4660, lsl #0
movk w7, #4660, lsl #16
movk w7, #32768, lsl #0
movk w7, #32768, lsl #16
movk wzr, #5
sbfm x8, x9, #0, #0
sbfm x8, x9, #0, #7
sbfm x8, x9, #0, #15
sbfm x8, x9, #0, #31
sbfm x8, x9, #0, #63
sbfm x8, x9, #1, #0
sbfm x8, x9, #63, #62
sbfm x8, x9, #63, #63
sbfm x8, x9, #8, #15
sbfm x8, x9, #15, #8
sbfm x8, x9, #4, #3
sbfm x8, x9, #3, #4
sbfm x8, x9, #1, #63
sbfm x8, x9, #63, #0
sbfm x8, x9, #32, #31
sbfm x8, x9, #0, #62
sbfm x8, x9, #56, #55
sbfm x8, x9, #31, #30
sbfm x8, x9, #30, #31
sbfm xzr, xzr, #3, #2
sbfm x10, xzr, #3, #2
sbfm x10, xzr, #2, #3
bfm x8, x9, #0, #0
bfm x8, x9, #0, #7
bfm x8, x9, #0, #15
bfm x8, x9, #0, #31
bfm x8, x9, #0, #63
bfm x8, x9, #1, #0
bfm x8, x9, #63, #62
bfm x8, x9, #63, #63
bfm x8, x9, #8, #15
bfm x8, x9, #15, #8
bfm x8, x9, #4, #3
bfm x8, x9, #3, #4
bfm x8, x9, #1, #63
bfm x8, x9, #63, #0
bfm x8, x9, #32, #31
bfm x8, x9, #0, #62
bfm x8, x9, #56, #55
bfm x8, x9, #31, #30
bfm x8, x9, #30, #31
bfm xzr, xzr, #3, #2
bfm x10, xzr, #3, #2
bfm x10, xzr, #2, #3
ubfm x8, x9, #0, #0
ubfm x8, x9, #0, #7
ubfm x8, x9, #0, #15
ubfm x8, x9, #0, #31
ubfm x8, x9, #0, #63
ubfm x8, x9, #1, #0
ubfm x8, x9, #63, #62
ubfm x8, x9, #63, #63
ubfm x8, x9, #8, #15
ubfm x8, x9, #15, #8
ubfm x8, x9, #4, #3
ubfm x8, x9, #3, #4
ubfm x8, x9, #1, #63
ubfm x8, x9, #63, #0
ubfm x8, x9, #32, #31
ubfm x8, x9, #0, #62
ubfm x8, x9, #56, #55
ubfm x8, x9, #31, #30
ubfm x8, x9, #30, #31
ubfm xzr, xzr, #3, #2
ubfm x10, xzr, #3, #2
ubfm x10, xzr, #2, #3
sbfm w8, w9, #0, #0
sbfm w8, w9, #0, #7
sbfm w8, w9, #0, #15
sbfm w8, w9, #0, #31
sbfm w8, w9, #0, #31
sbfm w8, w9, #1, #0
sbfm w8, w9, #31, #30
sbfm w8, w9, #31, #31
sbfm w8, w9, #8, #15
sbfm w8, w9, #15, #8
sbfm w8, w9, #4, #3
sbfm w8, w9, #3, #4
sbfm w8, w9, #1, #31
sbfm w8, w9, #31, #0
sbfm w8, w9, #16, #15
sbfm w8, w9, #0, #30
sbfm w8, w9, #24, #23
sbfm w8, w9, #31, #30
sbfm w8, w9, #30, #31
sbfm wzr, wzr, #3, #2
sbfm w10, wzr, #3, #2
sbfm w10, wzr, #2, #3
bfm w8, w9, #0, #0
bfm w8, w9, #0, #7
bfm w8, w9, #0, #15
bfm w8, w9, #0, #31
bfm w8, w9, #0, #31
bfm w8, w9, #1, #0
bfm w8, w9, #31, #30
bfm w8, w9, #31, #31
bfm w8, w9, #8, #15
bfm w8, w9, #15, #8
bfm w8, w9, #4, #3
bfm w8, w9, #3, #4
bfm w8, w9, #1, #31
bfm w8, w9, #31, #0
bfm w8, w9, #16, #15
bfm w8, w9, #0, #30
bfm w8, w9, #24, #23
bfm w8, w9, #31, #30
bfm w8, w9, #30, #31
bfm wzr, wzr, #3, #2
bfm w10, wzr, #3, #2
bfm w10, wzr, #2, #3
ubfm w8, w9, #0, #0
ubfm w8, w9, #0, #7
ubfm w8, w9, #0, #15
ubfm w8, w9, #0, #31
ubfm w8, w9, #0, #31
ubfm w8, w9, #1, #0
ubfm w8, w9, #31, #30
ubfm w8, w9, #31, #31
ubfm w8, w9, #8, #15
ubfm w8, w9, #15, #8
ubfm w8, w9, #4, #3
ubfm w8, w9, #3, #4
ubfm w8, w9, #1, #31
ubfm w8, w9, #31, #0
ubfm w8, w9, #16, #15
ubfm w8, w9, #0, #30
ubfm w8, w9, #24, #23
ubfm w8, w9, #31, #30
ubfm w8, w9, #30, #31
ubfm wzr, wzr, #3, #2
ubfm w10, wzr, #3, #2
ubfm w10, wzr, #2, #3
extr x1, x2, x3, #0
extr x1, x2, x2, #0
extr x1, x2, x3, #1
extr x1, x2, x2, #1
extr x1, x2, x3, #63
extr x1, x2, x2, #63
extr x1, x2, x3, #32
extr x1, x2, x2, #32
extr xzr, xzr, xzr, #1
extr w1, w2, w3, #0
extr w1, w2, w2, #0
extr w1, w2, w3, #1
extr w1, w2, w2, #1
extr w1, w2, w3, #31
extr w1, w2, w2, #31
extr w1, w2, w3, #16
extr w1, w2, w2, #16
extr wzr, wzr, wzr, #1
and x0, x1, x2
and x0, x1, x2, lsl #0
and x0, x1, x2, lsl #1
and x0, x1, x2, lsr #63
and x0, x1, x2, asr #3
and x0, x1, x2, ror #0
and x0, x1, x2, ror #63
and x0, x1, x2, lsr #0
and x3, xzr, x4
and xzr, x5, x6
and xzr, xzr, xzr
and x3, xzr, x4, lsl #3
and xzr, x5, x6, lsl #3
and xzr, xzr, xzr, lsl #3
and x3, xzr, x4, asr #0
and xzr, x5, x6, asr #0
and xzr, xzr, xzr, asr #0
bic x0, x1, x2
bic x0, x1, x2, lsl #0
bic x0, x1, x2, lsl #1
bic x0, x1, x2, lsr #63
bic x0, x1, x2, asr #3
bic x0, x1, x2, ror #0
bic x0, x1, x2, ror #63
bic x0, x1, x2, lsr #0
bic x3, xzr, x4
bic xzr, x5, x6
bic xzr, xzr, xzr
bic x3, xzr, x4, lsl #3
bic xzr, x5, x6, lsl #3
bic xzr, xzr, xzr, lsl #3
bic x3, xzr, x4, asr #0
bic xzr, x5, x6, asr #0
bic xzr, xzr, xzr, asr #0
orr x0, x1, x2
orr x0, x1, x2, lsl #0
orr x0, x1, x2, lsl #1
orr x0, x1, x2, lsr #63
orr x0, x1, x2, asr #3
orr x0, x1, x2, ror #0
orr x0, x1, x2, ror #63
orr x0, x1, x2, lsr #0
orr x3, xzr, x4
orr xzr, x5, x6
orr xzr, xzr, xzr
orr x3, xzr, x4, lsl #3
orr xzr, x5, x6, lsl #3
orr xzr, xzr, xzr, lsl #3
orr x3, xzr, x4, asr #0
orr xzr, x5, x6, asr #0
orr xzr, xzr, xzr, asr #0
orn x0, x1, x2
orn x0, x1, x2, lsl #0
orn x0, x1, x2, lsl #1
orn x0, x1, x2, lsr #63
orn x0, x1, x2, asr #3
orn x0, x1, x2, ror #0
orn x0, x1, x2, ror #63
orn x0, x1, x2, lsr #0
orn x3, xzr, x4
orn xzr, x5, x6
orn xzr, xzr, xzr
orn x3, xzr, x4, lsl #3
orn xzr, x5, x6, lsl #3
orn xzr, xzr, xzr, lsl #3
orn x3, xzr, x4, asr #0
orn xzr, x5, x6, asr #0
orn xzr, xzr, xzr, asr #0
eor x0, x1, x2
eor x0, x1, x2, lsl #0
eor x0, x1, x2, lsl #1
eor x0, x1, x2, lsr #63
eor x0, x1, x2, asr #3
eor x0, x1, x2, ror #0
eor x0, x1, x2, ror #63
eor x0, x1, x2, lsr #0
eor x3, xzr, x4
eor xzr, x5, x6
eor xzr, xzr, xzr
eor x3, xzr, x4, lsl #3
eor xzr, x5, x6, lsl #3
eor xzr, xzr, xzr, lsl #3
eor x3, xzr, x4, asr #0
eor xzr, x5, x6, asr #0
eor xzr, xzr, xzr, asr #0
eon x0, x1, x2
eon x0, x1, x2, lsl #0
eon x0, x1, x2, lsl #1
eon x0, x1, x2, lsr #63
eon x0, x1, x2, asr #3
eon x0, x1, x2, ror #0
eon x0, x1, x2, ror #63
eon x0, x1, x2, lsr #0
eon x3, xzr, x4
eon xzr, x5, x6
eon xzr, xzr, xzr
eon x3, xzr, x4, lsl #3
eon xzr, x5, x6, lsl #3
eon xzr, xzr, xzr, lsl #3
eon x3, xzr, x4, asr #0
eon xzr, x5, x6, asr #0
eon xzr, xzr, xzr, asr #0
ands x0, x1, x2
ands x0, x1, x2, lsl #0
ands x0, x1, x2, lsl #1
ands x0, x1, x2, lsr #63
ands x0, x1, x2, asr #3
ands x0, x1, x2, ror #0
ands x0, x1, x2, ror #63
ands x0, x1, x2, lsr #0
ands x3, xzr, x4
ands xzr, x5, x6
ands xzr, xzr, xzr
ands x3, xzr, x4, lsl #3
ands xzr, x5, x6, lsl #3
ands xzr, xzr, xzr, lsl #3
ands x3, xzr, x4, asr #0
ands xzr, x5, x6, asr #0
ands xzr, xzr, xzr, asr #0
bics x0, x1, x2
bics x0, x1, x2, lsl #0
bics x0, x1, x2, lsl #1
bics x0, x1, x2, lsr #63
bics x0, x1, x2, asr #3
bics x0, x1, x2, ror #0
bics x0, x1, x2, ror #63
bics x0, x1, x2, lsr #0
bics x3, xzr, x4
bics xzr, x5, x6
bics xzr, xzr, xzr
bics x3, xzr, x4, lsl #3
bics xzr, x5, x6, lsl #3
bics xzr, xzr, xzr, lsl #3
bics x3, xzr, x4, asr #0
bics xzr, x5, x6, asr #0
bics xzr, xzr, xzr, asr #0
and w0, w1, w2
and w0, w1, w2, lsl #0
and w0, w1, w2, lsl #1
and w0, w1, w2, lsr #31
and w0, w1, w2, asr #3
and w0, w1, w2, ror #0
and w0, w1, w2, ror #31
and w0, w1, w2, lsr #0
and w3, wzr, w4
and wzr, w5, w6
and wzr, wzr, wzr
and w3, wzr, w4, lsl #3
and wzr, w5, w6, lsl #3
and wzr, wzr, wzr, lsl #3
and w3, wzr, w4, asr #0
and wzr, w5, w6, asr #0
and wzr, wzr, wzr, asr #0
bic w0, w1, w2
bic w0, w1, w2, lsl #0
bic w0, w1, w2, lsl #1
bic w0, w1, w2, lsr #31
bic w0, w1, w2, asr #3
bic w0, w1, w2, ror #0
bic w0, w1, w2, ror #31
bic w0, w1, w2, lsr #0
bic w3, wzr, w4
bic wzr, w5, w6
bic wzr, wzr, wzr
bic w3, wzr, w4, lsl #3
bic wzr, w5, w6, lsl #3
bic wzr, wzr, wzr, lsl #3
bic w3, wzr, w4, asr #0
bic wzr, w5, w6, asr #0
bic wzr, wzr, wzr, asr #0
orr w0, w1, w2
orr w0, w1, w2, lsl #0
orr w0, w1, w2, lsl #1
orr w0, w1, w2, lsr #31
orr w0, w1, w2, asr #3
orr w0, w1, w2, ror #0
orr w0, w1, w2, ror #31
orr w0, w1, w2, lsr #0
orr w3, wzr, w4
orr wzr, w5, w6
orr wzr, wzr, wzr
orr w3, wzr, w4, lsl #3
orr wzr, w5, w6, lsl #3
orr wzr, wzr, wzr, lsl #3
orr w3, wzr, w4, asr #0
orr wzr, w5, w6, asr #0
orr wzr, wzr, wzr, asr #0
orn w0, w1, w2
orn w0, w1, w2, lsl #0
orn w0, w1, w2, lsl #1
orn w0, w1, w2, lsr #31
orn w0, w1, w2, asr #3
orn w0, w1, w2, ror #0
orn w0, w1, w2, ror #31
orn w0, w1, w2, lsr #0
orn w3, wzr, w4
orn wzr, w5, w6
orn wzr, wzr, wzr
orn w3, wzr, w4, lsl #3
orn wzr, w5, w6, lsl #3
orn wzr, wzr, wzr, lsl #3
orn w3, wzr, w4, asr #0
orn wzr, w5, w6, asr #0
orn wzr, wzr, wzr, asr #0
eor w0, w1, w2
eor w0, w1, w2, lsl #0
eor w0, w1, w2, lsl #1
eor w0, w1, w2, lsr #31
eor w0, w1, w2, asr #3
eor w0, w1, w2, ror #0
eor w0, w1, w2, ror #31
eor w0, w1, w2, lsr #0
eor w3, wzr, w4
eor wzr, w5, w6
eor wzr, wzr, wzr
eor w3, wzr, w4, lsl #3
eor wzr, w5, w6, lsl #3
eor wzr, wzr, wzr, lsl #3
eor w3, wzr, w4, asr #0
eor wzr, w5, w6, asr #0
eor wzr, wzr, wzr, asr #0
eon w0, w1, w2
eon w0, w1, w2, lsl #0
eon w0, w1, w2, lsl #1
eon w0, w1, w2, lsr #31
eon w0, w1, w2, asr #3
eon w0, w1, w2, ror #0
eon w0, w1, w2, ror #31
eon w0, w1, w2, lsr #0
eon w3, wzr, w4
eon wzr, w5, w6
eon wzr, wzr, wzr
eon w3, wzr, w4, lsl #3
eon wzr, w5, w6, lsl #3
eon wzr, wzr, wzr, lsl #3
eon w3, wzr, w4, asr #0
eon wzr, w5, w6, asr #0
eon wzr, wzr, wzr, asr #0
ands w0, w1, w2
ands w0, w1, w2, lsl #0
ands w0, w1, w2, lsl #1
ands w0, w1, w2, lsr #31
ands w0, w1, w2, asr #3
ands w0, w1, w2, ror #0
ands w0, w1, w2, ror #31
ands w0, w1, w2, lsr #0
ands w3, wzr, w4
ands wzr, w5, w6
ands wzr, wzr, wzr
ands w3, wzr, w4, lsl #3
ands wzr, w5, w6, lsl #3
ands wzr, wzr, wzr, lsl #3
ands w3, wzr, w4, asr #0
ands wzr, w5, w6, asr #0
ands wzr, wzr, wzr, asr #0
bics w0, w1, w2
bics w0, w1, w2, lsl #0
bics w0, w1, w2, lsl #1
bics w0, w1, w2, lsr #31
bics w0, w1, w2, asr #3
bics w0, w1, w2, ror #0
bics w0, w1, w2, ror #31
bics w0, w1, w2, lsr #0
bics w3, wzr, w4
bics wzr, w5, w6
bics wzr, wzr, wzr
bics w3, wzr, w4, lsl #3
bics wzr, w5, w6, lsl #3
bics wzr, wzr, wzr, lsl #3
bics w3, wzr, w4, asr #0
bics wzr, w5, w6, asr #0
bics wzr, wzr, wzr, asr #0
add x0, x1, x2
add x0, x1, x2, lsl #0
add x0, x1, x2, lsl #1
add x0, x1, x2, lsr #63
add x0, x1, x2, asr #3
add x0, x1, x2, lsr #0
add x0, x1, x2, asr #0
add x3, xzr, x4
add xzr, x5, x6
add xzr, xzr, x7
add x3, xzr, x4, lsl #3
add xzr, x5, x6, lsl #3
add xzr, xzr, x7, lsl #3
add x3, xzr, x4, asr #0
add xzr, x5, x6, asr #0
add xzr, xzr, x7, asr #0
adds x0, x1, x2
adds x0, x1, x2, lsl #0
adds x0, x1, x2, lsl #1
adds x0, x1, x2, lsr #63
adds x0, x1, x2, asr #3
adds x0, x1, x2, lsr #0
adds x0, x1, x2, asr #0
adds x3, xzr, x4
adds xzr, x5, x6
adds xzr, xzr, x7
adds x3, xzr, x4, lsl #3
adds xzr, x5, x6, lsl #3
adds xzr, xzr, x7, lsl #3
adds x3, xzr, x4, asr #0
adds xzr, x5, x6, asr #0
adds xzr, xzr, x7, asr #0
sub x0, x1, x2
sub x0, x1, x2, lsl #0
sub x0, x1, x2, lsl #1
sub x0, x1, x2, lsr #63
sub x0, x1, x2, asr #3
sub x0, x1, x2, lsr #0
sub x0, x1, x2, asr #0
sub x3, xzr, x4
sub xzr, x5, x6
sub xzr, xzr, x7
sub x3, xzr, x4, lsl #3
sub xzr, x5, x6, lsl #3
sub xzr, xzr, x7, lsl #3
sub x3, xzr, x4, asr #0
sub xzr, x5, x6, asr #0
sub xzr, xzr, x7, asr #0
subs x0, x1, x2
subs x0, x1, x2, lsl #0
subs x0, x1, x2, lsl #1
subs x0, x1, x2, lsr #63
subs x0, x1, x2, asr #3
subs x0, x1, x2, lsr #0
subs x0, x1, x2, asr #0
subs x3, xzr, x4
subs xzr, x5, x6
subs xzr, xzr, x7
subs x3, xzr, x4, lsl #3
subs xzr, x5, x6, lsl #3
subs xzr, xzr, x7, lsl #3
subs x3, xzr, x4, asr #0
subs xzr, x5, x6, asr #0
subs xzr, xzr, x7, asr #0
add w0, w1, w2
add w0, w1, w2, lsl #0
add w0, w1, w2, lsl #1
add w0, w1, w2, lsr #31
add w0, w1, w2, asr #3
add w0, w1, w2, lsr #0
add w0, w1, w2, asr #0
add w3, wzr, w4
add wzr, w5, w6
add wzr, wzr, w7
add w3, wzr, w4, lsl #3
add wzr, w5, w6, lsl #3
add wzr, wzr, w7, lsl #3
add w3, wzr, w4, asr #0
add wzr, w5, w6, asr #0
add wzr, wzr, w7, asr #0
adds w0, w1, w2
adds w0, w1, w2, lsl #0
adds w0, w1, w2, lsl #1
adds w0, w1, w2, lsr #31
adds w0, w1, w2, asr #3
adds w0, w1, w2, lsr #0
adds w0, w1, w2, asr #0
adds w3, wzr, w4
adds wzr, w5, w6
adds wzr, wzr, w7
adds w3, wzr, w4, lsl #3
adds wzr, w5, w6, lsl #3
adds wzr, wzr, w7, lsl #3
adds w3, wzr, w4, asr #0
adds wzr, w5, w6, asr #0
adds wzr, wzr, w7, asr #0
sub w0, w1, w2
sub w0, w1, w2, lsl #0
sub w0, w1, w2, lsl #1
sub w0, w1, w2, lsr #31
sub w0, w1, w2, asr #3
sub w0, w1, w2, lsr #0
sub w0, w1, w2, asr #0
sub w3, wzr, w4
sub wzr, w5, w6
sub wzr, wzr, w7
sub w3, wzr, w4, lsl #3
sub wzr, w5, w6, lsl #3
sub wzr, wzr, w7, lsl #3
sub w3, wzr, w4, asr #0
sub wzr, w5, w6, asr #0
sub wzr, wzr, w7, asr #0
subs w0, w1, w2
subs w0, w1, w2, lsl #0
subs w0, w1, w2, lsl #1
subs w0, w1, w2, lsr #31
subs w0, w1, w2, asr #3
subs w0, w1, w2, lsr #0
subs w0, w1, w2, asr #0
subs w3, wzr, w4
subs wzr, w5, w6
subs wzr, wzr, w7
subs w3, wzr, w4, lsl #3
subs wzr, w5, w6, lsl #3
subs wzr, wzr, w7, lsl #3
subs w3, wzr, w4, asr #0
subs wzr, w5, w6, asr #0
subs wzr, wzr, w7, asr #0
add x0, x1, w2, uxtb
add w0, w1, w2, uxtb
add x0, x1, w2, uxtb #0
add w0, w1, w2, uxtb #0
add x0, x1, w2, uxtb #4
add w0, w1, w2, uxtb #4
add x0, x1, w2, uxth
add w0, w1, w2, uxth
add x0, x1, w2, uxth #0
add w0, w1, w2, uxth #0
add x0, x1, w2, uxth #4
add w0, w1, w2, uxth #4
add x0, x1, w2, uxtw
add w0, w1, w2, uxtw
add x0, x1, w2, uxtw #0
add w0, w1, w2, uxtw #0
add x0, x1, w2, uxtw #4
add w0, w1, w2, uxtw #4
add x0, x1, x2, uxtx
add w0, w1, w2, uxtx
add x0, x1, x2, uxtx #0
add w0, w1, w2, uxtx #0
add x0, x1, x2, uxtx #4
add w0, w1, w2, uxtx #4
add x0, x1, w2, sxtb
add w0, w1, w2, sxtb
add x0, x1, w2, sxtb #0
add w0, w1, w2, sxtb #0
add x0, x1, w2, sxtb #4
add w0, w1, w2, sxtb #4
add x0, x1, w2, sxth
add w0, w1, w2, sxth
add x0, x1, w2, sxth #0
add w0, w1, w2, sxth #0
add x0, x1, w2, sxth #4
add w0, w1, w2, sxth #4
add x0, x1, w2, sxtw
add w0, w1, w2, sxtw
add x0, x1, w2, sxtw #0
add w0, w1, w2, sxtw #0
add x0, x1, w2, sxtw #4
add w0, w1, w2, sxtw #4
add x0, x1, x2, sxtx
add w0, w1, w2, sxtx
add x0, x1, x2, sxtx #0
add w0, w1, w2, sxtx #0
add x0, x1, x2, sxtx #4
add w0, w1, w2, sxtx #4
add sp, x1, x2, uxtx
add sp, x1, x2, uxtx #0
add sp, x1, x2, uxtx #2
add sp, x1, x2, lsl #0
add sp, x1, x2, lsl #3
add sp, x1, x2, sxtx #1
add sp, x1, w2, uxtw #2
add sp, x1, w2, uxtb
add x1, sp, x2, uxtx
add x1, sp, x2, uxtx #0
add x1, sp, x2, uxtx #2
add x1, sp, x2, lsl #0
add x1, sp, x2, lsl #3
add x1, sp, x2, sxtx #1
add x1, sp, w2, uxtw #2
add x1, sp, w2, uxtb
add sp, sp, x2, uxtx
add sp, sp, x2, uxtx #0
add sp, sp, x2, uxtx #2
add sp, sp, x2, lsl #0
add sp, sp, x2, lsl #3
add sp, sp, x2, sxtx #1
add sp, sp, w2, uxtw #2
add sp, sp, w2, uxtb
add wsp, w1, w2, uxtw
add wsp, w1, w2, uxtw #0
add wsp, w1, w2, uxtw #2
add wsp, w1, w2, lsl #0
add wsp, w1, w2, lsl #3
add wsp, w1, w2, sxtw #1
add wsp, w1, w2, uxtx #2
add wsp, w1, w2, uxtb
add w1, wsp, w2, uxtw
add w1, wsp, w2, uxtw #0
add w1, wsp, w2, uxtw #2
add w1, wsp, w2, lsl #0
add w1, wsp, w2, lsl #3
add w1, wsp, w2, sxtw #1
add w1, wsp, w2, uxtx #2
add w1, wsp, w2, uxtb
add wsp, wsp, w2, uxtw
add wsp, wsp, w2, uxtw #0
add wsp, wsp, w2, uxtw #2
add wsp, wsp, w2, lsl #0
add wsp, wsp, w2, lsl #3
add wsp, wsp, w2, sxtw #1
add wsp, wsp, w2, uxtx #2
add wsp, wsp, w2, uxtb
add x0, x1, wzr, sxtw
add x0, x1, xzr, sxtx #4
adds x0, x1, w2, uxtb
adds w0, w1, w2, uxtb
adds x0, x1, w2, uxtb #0
adds w0, w1, w2, uxtb #0
adds x0, x1, w2, uxtb #4
adds w0, w1, w2, uxtb #4
adds x0, x1, w2, uxth
adds w0, w1, w2, uxth
adds x0, x1, w2, uxth #0
adds w0, w1, w2, uxth #0
adds x0, x1, w2, uxth #4
adds w0, w1, w2, uxth #4
adds x0, x1, w2, uxtw
adds w0, w1, w2, uxtw
adds x0, x1, w2, uxtw #0
adds w0, w1, w2, uxtw #0
adds x0, x1, w2, uxtw #4
adds w0, w1, w2, uxtw #4
adds x0, x1, x2, uxtx
adds w0, w1, w2, uxtx
adds x0, x1, x2, uxtx #0
adds w0, w1, w2, uxtx #0
adds x0, x1, x2, uxtx #4
adds w0, w1, w2, uxtx #4
adds x0, x1, w2, sxtb
adds w0, w1, w2, sxtb
adds x0, x1, w2, sxtb #0
adds w0, w1, w2, sxtb #0
adds x0, x1, w2, sxtb #4
adds w0, w1, w2, sxtb #4
adds x0, x1, w2, sxth
adds w0, w1, w2, sxth
adds x0, x1, w2, sxth #0
adds w0, w1, w2, sxth #0
adds x0, x1, w2, sxth #4
adds w0, w1, w2, sxth #4
adds x0, x1, w2, sxtw
adds w0, w1, w2, sxtw
adds x0, x1, w2, sxtw #0
adds w0, w1, w2, sxtw #0
adds x0, x1, w2, sxtw #4
adds w0, w1, w2, sxtw #4
adds x0, x1, x2, sxtx
adds w0, w1, w2, sxtx
adds x0, x1, x2, sxtx #0
adds w0, w1, w2, sxtx #0
adds x0, x1, x2, sxtx #4
adds w0, w1, w2, sxtx #4
adds x1, sp, x2, uxtx
adds x1, sp, x2, uxtx #0
adds x1, sp, x2, uxtx #2
adds x1, sp, x2, lsl #0
adds x1, sp, x2, lsl #3
adds x1, sp, x2, sxtx #1
adds x1, sp, w2, uxtw #2
adds x1, sp, w2, uxtb
adds xzr, sp, x2, uxtx
adds xzr, sp, x2, uxtx #0
adds xzr, sp, x2, uxtx #2
adds xzr, sp, x2, lsl #0
adds xzr, sp, x2, lsl #3
adds xzr, sp, x2, sxtx #1
adds xzr, sp, w2, uxtw #2
adds xzr, sp, w2, uxtb
adds xzr, x3, x2, uxtx
adds xzr, x3, x2, uxtx #0
adds xzr, x3, x2, uxtx #2
adds xzr, x3, x2, lsl #0
adds xzr, x3, x2, lsl #3
adds xzr, x3, x2, sxtx #1
adds xzr, x3, w2, uxtw #2
adds xzr, x3, w2, uxtb
adds w1, wsp, w2, uxtw
adds w1, wsp, w2, uxtw #0
adds w1, wsp, w2, uxtw #2
adds w1, wsp, w2, lsl #0
adds w1, wsp, w2, lsl #3
adds w1, wsp, w2, sxtw #1
adds w1, wsp, w2, uxtx #2
adds w1, wsp, w2, uxtb
adds wzr, wsp, w2, uxtw
adds wzr, wsp, w2, uxtw #0
adds wzr, wsp, w2, uxtw #2
adds wzr, wsp, w2, lsl #0
adds wzr, wsp, w2, lsl #3
adds wzr, wsp, w2, sxtw #1
adds wzr, wsp, w2, uxtx #2
adds wzr, wsp, w2, uxtb
adds wzr, w3, w2, uxtw
adds wzr, w3, w2, uxtw #0
adds wzr, w3, w2, uxtw #2
adds wzr, w3, w2, lsl #0
adds wzr, w3, w2, lsl #3
adds wzr, w3, w2, sxtw #1
adds wzr, w3, w2, uxtx #2
adds wzr, w3, w2, uxtb
adds x0, x1, wzr, sxtw
adds x0, x1, xzr, sxtx #4
sub x0, x1, w2, uxtb
sub w0, w1, w2, uxtb
sub x0, x1, w2, uxtb #0
sub w0, w1, w2, uxtb #0
sub x0, x1, w2, uxtb #4
sub w0, w1, w2, uxtb #4
sub x0, x1, w2, uxth
sub w0, w1, w2, uxth
sub x0, x1, w2, uxth #0
sub w0, w1, w2, uxth #0
sub x0, x1, w2, uxth #4
sub w0, w1, w2, uxth #4
sub x0, x1, w2, uxtw
sub w0, w1, w2, uxtw
sub x0, x1, w2, uxtw #0
sub w0, w1, w2, uxtw #0
sub x0, x1, w2, uxtw #4
sub w0, w1, w2, uxtw #4
sub x0, x1, x2, uxtx
sub w0, w1, w2, uxtx
sub x0, x1, x2, uxtx #0
sub w0, w1, w2, uxtx #0
sub x0, x1, x2, uxtx #4
sub w0, w1, w2, uxtx #4
sub x0, x1, w2, sxtb
sub w0, w1, w2, sxtb
sub x0, x1, w2, sxtb #0
sub w0, w1, w2, sxtb #0
sub x0, x1, w2, sxtb #4
sub w0, w1, w2, sxtb #4
sub x0, x1, w2, sxth
sub w0, w1, w2, sxth
sub x0, x1, w2, sxth #0
sub w0, w1, w2, sxth #0
sub x0, x1, w2, sxth #4
sub w0, w1, w2, sxth #4
sub x0, x1, w2, sxtw
sub w0, w1, w2, sxtw
sub x0, x1, w2, sxtw #0
sub w0, w1, w2, sxtw #0
sub x0, x1, w2, sxtw #4
sub w0, w1, w2, sxtw #4
sub x0, x1, x2, sxtx
sub w0, w1, w2, sxtx
sub x0, x1, x2, sxtx #0
sub w0, w1, w2, sxtx #0
sub x0, x1, x2, sxtx #4
sub w0, w1, w2, sxtx #4
sub sp, x1, x2, uxtx
sub sp, x1, x2, uxtx #0
sub sp, x1, x2, uxtx #2
sub sp, x1, x2, lsl #0
sub sp, x1, x2, lsl #3
sub sp, x1, x2, sxtx #1
sub sp, x1, w2, uxtw #2
sub sp, x1, w2, uxtb
sub x1, sp, x2, uxtx
sub x1, sp, x2, uxtx #0
sub x1, sp, x2, uxtx #2
sub x1, sp, x2, lsl #0
sub x1, sp, x2, lsl #3
sub x1, sp, x2, sxtx #1
sub x1, sp, w2, uxtw #2
sub x1, sp, w2, uxtb
sub sp, sp, x2, uxtx
sub sp, sp, x2, uxtx #0
sub sp, sp, x2, uxtx #2
sub sp, sp, x2, lsl #0
sub sp, sp, x2, lsl #3
sub sp, sp, x2, sxtx #1
sub sp, sp, w2, uxtw #2
sub sp, sp, w2, uxtb
sub wsp, w1, w2, uxtw
sub wsp, w1, w2, uxtw #0
sub wsp, w1, w2, uxtw #2
sub wsp, w1, w2, lsl #0
sub wsp, w1, w2, lsl #3
sub wsp, w1, w2, sxtw #1
sub wsp, w1, w2, uxtx #2
sub wsp, w1, w2, uxtb
sub w1, wsp, w2, uxtw
sub w1, wsp, w2, uxtw #0
sub w1, wsp, w2, uxtw #2
sub w1, wsp, w2, lsl #0
sub w1, wsp, w2, lsl #3
sub w1, wsp, w2, sxtw #1
sub w1, wsp, w2, uxtx #2
sub w1, wsp, w2, uxtb
sub wsp, wsp, w2, uxtw
sub wsp, wsp, w2, uxtw #0
sub wsp, wsp, w2, uxtw #2
sub wsp, wsp, w2, lsl #0
sub wsp, wsp, w2, lsl #3
sub wsp, wsp, w2, sxtw #1
sub wsp, wsp, w2, uxtx #2
sub wsp, wsp, w2, uxtb
sub x0, x1, wzr, sxtw
sub x0, x1, xzr, sxtx #4
subs x0, x1, w2, uxtb
subs w0, w1, w2, uxtb
subs x0, x1, w2, uxtb #0
subs w0, w1, w2, uxtb #0
subs x0, x1, w2, uxtb #4
subs w0, w1, w2, uxtb #4
subs x0, x1, w2, uxth
subs w0, w1, w2, uxth
subs x0, x1, w2, uxth #0
subs w0, w1, w2, uxth #0
subs x0, x1, w2, uxth #4
subs w0, w1, w2, uxth #4
subs x0, x1, w2, uxtw
subs w0, w1, w2, uxtw
subs x0, x1, w2, uxtw #0
subs w0, w1, w2, uxtw #0
subs x0, x1, w2, uxtw #4
subs w0, w1, w2, uxtw #4
subs x0, x1, x2, uxtx
subs w0, w1, w2, uxtx
subs x0, x1, x2, uxtx #0
subs w0, w1, w2, uxtx #0
subs x0, x1, x2, uxtx #4
subs w0, w1, w2, uxtx #4
subs x0, x1, w2, sxtb
subs w0, w1, w2, sxtb
subs x0, x1, w2, sxtb #0
subs w0, w1, w2, sxtb #0
subs x0, x1, w2, sxtb #4
subs w0, w1, w2, sxtb #4
subs x0, x1, w2, sxth
subs w0, w1, w2, sxth
subs x0, x1, w2, sxth #0
subs w0, w1, w2, sxth #0
subs x0, x1, w2, sxth #4
subs w0, w1, w2, sxth #4
subs x0, x1, w2, sxtw
subs w0, w1, w2, sxtw
subs x0, x1, w2, sxtw #0
subs w0, w1, w2, sxtw #0
subs x0, x1, w2, sxtw #4
subs w0, w1, w2, sxtw #4
subs x0, x1, x2, sxtx
subs w0, w1, w2, sxtx
subs x0, x1, x2, sxtx #0
subs w0, w1, w2, sxtx #0
subs x0, x1, x2, sxtx #4
subs w0, w1, w2, sxtx #4
subs x1, sp, x2, uxtx
subs x1, sp, x2, uxtx #0
subs x1, sp, x2, uxtx #2
subs x1, sp, x2, lsl #0
subs x1, sp, x2, lsl #3
subs x1, sp, x2, sxtx #1
subs x1, sp, w2, uxtw #2
subs x1, sp, w2, uxtb
subs xzr, sp, x2, uxtx
subs xzr, sp, x2, uxtx #0
subs xzr, sp, x2, uxtx #2
subs xzr, sp, x2, lsl #0
subs xzr, sp, x2, lsl #3
subs xzr, sp, x2, sxtx #1
subs xzr, sp, w2, uxtw #2
subs xzr, sp, w2, uxtb
subs xzr, x3, x2, uxtx
subs xzr, x3, x2, uxtx #0
subs xzr, x3, x2, uxtx #2
subs xzr, x3, x2, lsl #0
subs xzr, x3, x2, lsl #3
subs xzr, x3, x2, sxtx #1
subs xzr, x3, w2, uxtw #2
subs xzr, x3, w2, uxtb
subs w1, wsp, w2, uxtw
subs w1, wsp, w2, uxtw #0
subs w1, wsp, w2, uxtw #2
subs w1, wsp, w2, lsl #0
subs w1, wsp, w2, lsl #3
subs w1, wsp, w2, sxtw #1
subs w1, wsp, w2, uxtx #2
subs w1, wsp, w2, uxtb
subs wzr, wsp, w2, uxtw
subs wzr, wsp, w2, uxtw #0
subs wzr, wsp, w2, uxtw #2
subs wzr, wsp, w2, lsl #0
subs wzr, wsp, w2, lsl #3
subs wzr, wsp, w2, sxtw #1
subs wzr, wsp, w2, uxtx #2
subs wzr, wsp, w2, uxtb
subs wzr, w3, w2, uxtw
subs wzr, w3, w2, uxtw #0
subs wzr, w3, w2, uxtw #2
subs wzr, w3, w2, lsl #0
subs wzr, w3, w2, lsl #3
subs wzr, w3, w2, sxtw #1
subs wzr, w3, w2, uxtx #2
subs wzr, w3, w2, uxtb
subs x0, x1, wzr, sxtw
subs x0, x1, xzr, sxtx #4
adc x0, x1, x2
adc x3, xzr, x4
adc xzr, xzr, xzr
adc xzr, x5, x6
adcs x0, x1, x2
adcs x3, xzr, x4
adcs xzr, xzr, xzr
adcs xzr, x5, x6
sbc x0, x1, x2
sbc x3, xzr, x4
sbc xzr, xzr, xzr
sbc xzr, x5, x6
sbcs x0, x1, x2
sbcs x3, xzr, x4
sbcs xzr, xzr, xzr
sbcs xzr, x5, x6
adc w0, w1, w2
adc w3, wzr, w4
adc wzr, wzr, wzr
adc wzr, w5, w6
adcs w0, w1, w2
adcs w3, wzr, w4
adcs wzr, wzr, wzr
adcs wzr, w5, w6
sbc w0, w1, w2
sbc w3, wzr, w4
sbc wzr, wzr, wzr
sbc wzr, w5, w6
sbcs w0, w1, w2
sbcs w3, wzr, w4
sbcs wzr, wzr, wzr
sbcs wzr, w5, w6
ccmp x1, x2, #0, eq
ccmp x3, #31, #15, eq
ccmp x1, x2, #1, ne
ccmp x3, #30, #14, ne
ccmp x1, x2, #2, cs
ccmp x3, #29, #13, cs
ccmp x1, x2, #3, cc
ccmp x3, #28, #12, cc
ccmp x1, x2, #4, mi
ccmp x3, #27, #11, mi
ccmp x1, x2, #5, pl
ccmp x3, #26, #10, pl
ccmp x1, x2, #6, vs
ccmp x3, #25, #9, vs
ccmp x1, x2, #7, vc
ccmp x3, #24, #8, vc
ccmp x1, x2, #8, hi
ccmp x3, #23, #7, hi
ccmp x1, x2, #9, ls
ccmp x3, #22, #6, ls
ccmp x1, x2, #10, ge
ccmp x3, #21, #5, ge
ccmp x1, x2, #11, lt
ccmp x3, #20, #4, lt
ccmp x1, x2, #12, gt
ccmp x3, #19, #3, gt
ccmp x1, x2, #13, le
ccmp x3, #18, #2, le
ccmp x1, x2, #14, al
ccmp x3, #17, #1, al
ccmp x1, x2, #15, nv
ccmp x3, #16, #0, nv
ccmp xzr, xzr, #0, eq
ccmp xzr, #0, #15, ne
ccmn x1, x2, #0, eq
ccmn x3, #31, #15, eq
ccmn x1, x2, #1, ne
ccmn x3, #30, #14, ne
ccmn x1, x2, #2, cs
ccmn x3, #29, #13, cs
ccmn x1, x2, #3, cc
ccmn x3, #28, #12, cc
ccmn x1, x2, #4, mi
ccmn x3, #27, #11, mi
ccmn x1, x2, #5, pl
ccmn x3, #26, #10, pl
ccmn x1, x2, #6, vs
ccmn x3, #25, #9, vs
ccmn x1, x2, #7, vc
ccmn x3, #24, #8, vc
ccmn x1, x2, #8, hi
ccmn x3, #23, #7, hi
ccmn x1, x2, #9, ls
ccmn x3, #22, #6, ls
ccmn x1, x2, #10, ge
ccmn x3, #21, #5, ge
ccmn x1, x2, #11, lt
ccmn x3, #20, #4, lt
ccmn x1, x2, #12, gt
ccmn x3, #19, #3, gt
ccmn x1, x2, #13, le
ccmn x3, #18, #2, le
ccmn x1, x2, #14, al
ccmn x3, #17, #1, al
ccmn x1, x2, #15, nv
ccmn x3, #16, #0, nv
ccmn xzr, xzr, #0, eq
ccmn xzr, #0, #15, ne
csel x0, x1, x2, eq
csel x3, x4, x4, eq
csel x5, xzr, xzr, eq
csel x0, x1, x2, ne
csel x3, x4, x4, ne
csel x5, xzr, xzr, ne
csel x0, x1, x2, cs
csel x3, x4, x4, cs
csel x5, xzr, xzr, cs
csel x0, x1, x2, cc
csel x3, x4, x4, cc
csel x5, xzr, xzr, cc
csel x0, x1, x2, mi
csel x3, x4, x4, mi
csel x5, xzr, xzr, mi
csel x0, x1, x2, pl
csel x3, x4, x4, pl
csel x5, xzr, xzr, pl
csel x0, x1, x2, vs
csel x3, x4, x4, vs
csel x5, xzr, xzr, vs
csel x0, x1, x2, vc
csel x3, x4, x4, vc
csel x5, xzr, xzr, vc
csel x0, x1, x2, hi
csel x3, x4, x4, hi
csel x5, xzr, xzr, hi
csel x0, x1, x2, ls
csel x3, x4, x4, ls
csel x5, xzr, xzr, ls
csel x0, x1, x2, ge
csel x3, x4, x4, ge
csel x5, xzr, xzr, ge
csel x0, x1, x2, lt
csel x3, x4, x4, lt
csel x5, xzr, xzr, lt
csel x0, x1, x2, gt
csel x3, x4, x4, gt
csel x5, xzr, xzr, gt
csel x0, x1, x2, le
csel x3, x4, x4, le
csel x5, xzr, xzr, le
csel x0, x1, x2, al
csel x3, x4, x4, al
csel x5, xzr, xzr, al
csel x0, x1, x2, nv
csel x3, x4, x4, nv
csel x5, xzr, xzr, nv
csel xzr, xzr, x6, eq
csel x7, x8, xzr, eq
csel xzr, xzr, xzr, eq
csinc x0, x1, x2, eq
csinc x3, x4, x4, eq
csinc x5, xzr, xzr, eq
csinc x0, x1, x2, ne
csinc x3, x4, x4, ne
csinc x5, xzr, xzr, ne
csinc x0, x1, x2, cs
csinc x3, x4, x4, cs
csinc x5, xzr, xzr, cs
csinc x0, x1, x2, cc
csinc x3, x4, x4, cc
csinc x5, xzr, xzr, cc
csinc x0, x1, x2, mi
csinc x3, x4, x4, mi
csinc x5, xzr, xzr, mi
csinc x0, x1, x2, pl
csinc x3, x4, x4, pl
csinc x5, xzr, xzr, pl
csinc x0, x1, x2, vs
csinc x3, x4, x4, vs
csinc x5, xzr, xzr, vs
csinc x0, x1, x2, vc
csinc x3, x4, x4, vc
csinc x5, xzr, xzr, vc
csinc x0, x1, x2, hi
csinc x3, x4, x4, hi
csinc x5, xzr, xzr, hi
csinc x0, x1, x2, ls
csinc x3, x4, x4, ls
csinc x5, xzr, xzr, ls
csinc x0, x1, x2, ge
csinc x3, x4, x4, ge
csinc x5, xzr, xzr, ge
csinc x0, x1, x2, lt
csinc x3, x4, x4, lt
csinc x5, xzr, xzr, lt
csinc x0, x1, x2, gt
csinc x3, x4, x4, gt
csinc x5, xzr, xzr, gt
csinc x0, x1, x2, le
csinc x3, x4, x4, le
csinc x5, xzr, xzr, le
csinc x0, x1, x2, al
csinc x3, x4, x4, al
csinc x5, xzr, xzr, al
csinc x0, x1, x2, nv
csinc x3, x4, x4, nv
csinc x5, xzr, xzr, nv
csinc xzr, xzr, x6, eq
csinc x7, x8, xzr, eq
csinc xzr, xzr, xzr, eq
csinv x0, x1, x2, eq
csinv x3, x4, x4, eq
csinv x5, xzr, xzr, eq
csinv x0, x1, x2, ne
csinv x3, x4, x4, ne
csinv x5, xzr, xzr, ne
csinv x0, x1, x2, cs
csinv x3, x4, x4, cs
csinv x5, xzr, xzr, cs
csinv x0, x1, x2, cc
csinv x3, x4, x4, cc
csinv x5, xzr, xzr, cc
csinv x0, x1, x2, mi
csinv x3, x4, x4, mi
csinv x5, xzr, xzr, mi
csinv x0, x1, x2, pl
csinv x3, x4, x4, pl
csinv x5, xzr, xzr, pl
csinv x0, x1, x2, vs
csinv x3, x4, x4, vs
csinv x5, xzr, xzr, vs
csinv x0, x1, x2, vc
csinv x3, x4, x4, vc
csinv x5, xzr, xzr, vc
csinv x0, x1, x2, hi
csinv x3, x4, x4, hi
csinv x5, xzr, xzr, hi
csinv x0, x1, x2, ls
csinv x3, x4, x4, ls
csinv x5, xzr, xzr, ls
csinv x0, x1, x2, ge
csinv x3, x4, x4, ge
csinv x5, xzr, xzr, ge
csinv x0, x1, x2, lt
csinv x3, x4, x4, lt
csinv x5, xzr, xzr, lt
csinv x0, x1, x2, gt
csinv x3, x4, x4, gt
csinv x5, xzr, xzr, gt
csinv x0, x1, x2, le
csinv x3, x4, x4, le
csinv x5, xzr, xzr, le
csinv x0, x1, x2, al
csinv x3, x4, x4, al
csinv x5, xzr, xzr, al
csinv x0, x1, x2, nv
csinv x3, x4, x4, nv
csinv x5, xzr, xzr, nv
csinv xzr, xzr, x6, eq
csinv x7, x8, xzr, eq
csinv xzr, xzr, xzr, eq
csneg x0, x1, x2, eq
csneg x3, x4, x4, eq
csneg x5, xzr, xzr, eq
csneg x0, x1, x2, ne
csneg x3, x4, x4, ne
csneg x5, xzr, xzr, ne
csneg x0, x1, x2, cs
csneg x3, x4, x4, cs
csneg x5, xzr, xzr, cs
csneg x0, x1, x2, cc
csneg x3, x4, x4, cc
csneg x5, xzr, xzr, cc
csneg x0, x1, x2, mi
csneg x3, x4, x4, mi
csneg x5, xzr, xzr, mi
csneg x0, x1, x2, pl
csneg x3, x4, x4, pl
csneg x5, xzr, xzr, pl
csneg x0, x1, x2, vs
csneg x3, x4, x4, vs
csneg x5, xzr, xzr, vs
csneg x0, x1, x2, vc
csneg x3, x4, x4, vc
csneg x5, xzr, xzr, vc
csneg x0, x1, x2, hi
csneg x3, x4, x4, hi
csneg x5, xzr, xzr, hi
csneg x0, x1, x2, ls
csneg x3, x4, x4, ls
csneg x5, xzr, xzr, ls
csneg x0, x1, x2, ge
csneg x3, x4, x4, ge
csneg x5, xzr, xzr, ge
csneg x0, x1, x2, lt
csneg x3, x4, x4, lt
csneg x5, xzr, xzr, lt
csneg x0, x1, x2, gt
csneg x3, x4, x4, gt
csneg x5, xzr, xzr, gt
csneg x0, x1, x2, le
csneg x3, x4, x4, le
csneg x5, xzr, xzr, le
csneg x0, x1, x2, al
csneg x3, x4, x4, al
csneg x5, xzr, xzr, al
csneg x0, x1, x2, nv
csneg x3, x4, x4, nv
csneg x5, xzr, xzr, nv
csneg xzr, xzr, x6, eq
csneg x7, x8, xzr, eq
csneg xzr, xzr, xzr, eq
ccmp w1, w2, #0, eq
ccmp w3, #31, #15, eq
ccmp w1, w2, #1, ne
ccmp w3, #30, #14, ne
ccmp w1, w2, #2, cs
ccmp w3, #29, #13, cs
ccmp w1, w2, #3, cc
ccmp w3, #28, #12, cc
ccmp w1, w2, #4, mi
ccmp w3, #27, #11, mi
ccmp w1, w2, #5, pl
ccmp w3, #26, #10, pl
ccmp w1, w2, #6, vs
ccmp w3, #25, #9, vs
ccmp w1, w2, #7, vc
ccmp w3, #24, #8, vc
ccmp w1, w2, #8, hi
ccmp w3, #23, #7, hi
ccmp w1, w2, #9, ls
ccmp w3, #22, #6, ls
ccmp w1, w2, #10, ge
ccmp w3, #21, #5, ge
ccmp w1, w2, #11, lt
ccmp w3, #20, #4, lt
ccmp w1, w2, #12, gt
ccmp w3, #19, #3, gt
ccmp w1, w2, #13, le
ccmp w3, #18, #2, le
ccmp w1, w2, #14, al
ccmp w3, #17, #1, al
ccmp w1, w2, #15, nv
ccmp w3, #16, #0, nv
ccmp wzr, wzr, #0, eq
ccmp wzr, #0, #15, ne
ccmn w1, w2, #0, eq
ccmn w3, #31, #15, eq
ccmn w1, w2, #1, ne
ccmn w3, #30, #14, ne
ccmn w1, w2, #2, cs
ccmn w3, #29, #13, cs
ccmn w1, w2, #3, cc
ccmn w3, #28, #12, cc
ccmn w1, w2, #4, mi
ccmn w3, #27, #11, mi
ccmn w1, w2, #5, pl
ccmn w3, #26, #10, pl
ccmn w1, w2, #6, vs
ccmn w3, #25, #9, vs
ccmn w1, w2, #7, vc
ccmn w3, #24, #8, vc
ccmn w1, w2, #8, hi
ccmn w3, #23, #7, hi
ccmn w1, w2, #9, ls
ccmn w3, #22, #6, ls
ccmn w1, w2, #10, ge
ccmn w3, #21, #5, ge
ccmn w1, w2, #11, lt
ccmn w3, #20, #4, lt
ccmn w1, w2, #12, gt
ccmn w3, #19, #3, gt
ccmn w1, w2, #13, le
ccmn w3, #18, #2, le
ccmn w1, w2, #14, al
ccmn w3, #17, #1, al
ccmn w1, w2, #15, nv
ccmn w3, #16, #0, nv
ccmn wzr, wzr, #0, eq
ccmn wzr, #0, #15, ne
csel w0, w1, w2, eq
csel w3, w4, w4, eq
csel w5, wzr, wzr, eq
csel w0, w1, w2, ne
csel w3, w4, w4, ne
csel w5, wzr, wzr, ne
csel w0, w1, w2, cs
csel w3, w4, w4, cs
csel w5, wzr, wzr, cs
csel w0, w1, w2, cc
csel w3, w4, w4, cc
csel w5, wzr, wzr, cc
csel w0, w1, w2, mi
csel w3, w4, w4, mi
csel w5, wzr, wzr, mi
csel w0, w1, w2, pl
csel w3, w4, w4, pl
csel w5, wzr, wzr, pl
csel w0, w1, w2, vs
csel w3, w4, w4, vs
csel w5, wzr, wzr, vs
csel w0, w1, w2, vc
csel w3, w4, w4, vc
csel w5, wzr, wzr, vc
csel w0, w1, w2, hi
csel w3, w4, w4, hi
csel w5, wzr, wzr, hi
csel w0, w1, w2, ls
csel w3, w4, w4, ls
csel w5, wzr, wzr, ls
csel w0, w1, w2, ge
csel w3, w4, w4, ge
csel w5, wzr, wzr, ge
csel w0, w1, w2, lt
csel w3, w4, w4, lt
csel w5, wzr, wzr, lt
csel w0, w1, w2, gt
csel w3, w4, w4, gt
csel w5, wzr, wzr, gt
csel w0, w1, w2, le
csel w3, w4, w4, le
csel w5, wzr, wzr, le
csel w0, w1, w2, al
csel w3, w4, w4, al
csel w5, wzr, wzr, al
csel w0, w1, w2, nv
csel w3, w4, w4, nv
csel w5, wzr, wzr, nv
csel wzr, wzr, w6, eq
csel w7, w8, wzr, eq
csel wzr, wzr, wzr, eq
csinc w0, w1, w2, eq
csinc w3, w4, w4, eq
csinc w5, wzr, wzr, eq
csinc w0, w1, w2, ne
csinc w3, w4, w4, ne
csinc w5, wzr, wzr, ne
csinc w0, w1, w2, cs
csinc w3, w4, w4, cs
csinc w5, wzr, wzr, cs
csinc w0, w1, w2, cc
csinc w3, w4, w4, cc
csinc w5, wzr, wzr, cc
csinc w0, w1, w2, mi
csinc w3, w4, w4, mi
csinc w5, wzr, wzr, mi
csinc w0, w1, w2, pl
csinc w3, w4, w4, pl
csinc w5, wzr, wzr, pl
csinc w0, w1, w2, vs
csinc w3, w4, w4, vs
csinc w5, wzr, wzr, vs
csinc w0, w1, w2, vc
csinc w3, w4, w4, vc
csinc w5, wzr, wzr, vc
csinc w0, w1, w2, hi
csinc w3, w4, w4, hi
csinc w5, wzr, wzr, hi
csinc w0, w1, w2, ls
csinc w3, w4, w4, ls
csinc w5, wzr, wzr, ls
csinc w0, w1, w2, ge
csinc w3, w4, w4, ge
csinc w5, wzr, wzr, ge
csinc w0, w1, w2, lt
csinc w3, w4, w4, lt
csinc w5, wzr, wzr, lt
csinc w0, w1, w2, gt
csinc w3, w4, w4, gt
csinc w5, wzr, wzr, gt
csinc w0, w1, w2, le
csinc w3, w4, w4, le
csinc w5, wzr, wzr, le
csinc w0, w1, w2, al
csinc w3, w4, w4, al
csinc w5, wzr, wzr, al
csinc w0, w1, w2, nv
csinc w3, w4, w4, nv
csinc w5, wzr, wzr, nv
csinc wzr, wzr, w6, eq
csinc w7, w8, wzr, eq
csinc wzr, wzr, wzr, eq
csinv w0, w1, w2, eq
csinv w3, w4, w4, eq
csinv w5, wzr, wzr, eq
csinv w0, w1, w2, ne
csinv w3, w4, w4, ne
csinv w5, wzr, wzr, ne
csinv w0, w1, w2, cs
csinv w3, w4, w4, cs
csinv w5, wzr, wzr, cs
csinv w0, w1, w2, cc
csinv w3, w4, w4, cc
csinv w5, wzr, wzr, cc
csinv w0, w1, w2, mi
csinv w3, w4, w4, mi
csinv w5, wzr, wzr, mi
csinv w0, w1, w2, pl
csinv w3, w4, w4, pl
csinv w5, wzr, wzr, pl
csinv w0, w1, w2, vs
csinv w3, w4, w4, vs
csinv w5, wzr, wzr, vs
csinv w0, w1, w2, vc
csinv w3, w4, w4, vc
csinv w5, wzr, wzr, vc
csinv w0, w1, w2, hi
csinv w3, w4, w4, hi
csinv w5, wzr, wzr, hi
csinv w0, w1, w2, ls
csinv w3, w4, w4, ls
csinv w5, wzr, wzr, ls
csinv w0, w1, w2, ge
csinv w3, w4, w4, ge
csinv w5, wzr, wzr, ge
csinv w0, w1, w2, lt
csinv w3, w4, w4, lt
csinv w5, wzr, wzr, lt
csinv w0, w1, w2, gt
csinv w3, w4, w4, gt
csinv w5, wzr, wzr, gt
csinv w0, w1, w2, le
csinv w3, w4, w4, le
csinv w5, wzr, wzr, le
csinv w0, w1, w2, al
csinv w3, w4, w4, al
csinv w5, wzr, wzr, al
csinv w0, w1, w2, nv
csinv w3, w4, w4, nv
csinv w5, wzr, wzr, nv
csinv wzr, wzr, w6, eq
csinv w7, w8, wzr, eq
csinv wzr, wzr, wzr, eq
csneg w0, w1, w2, eq
csneg w3, w4, w4, eq
csneg w5, wzr, wzr, eq
csneg w0, w1, w2, ne
csneg w3, w4, w4, ne
csneg w5, wzr, wzr, ne
csneg w0, w1, w2, cs
csneg w3, w4, w4, cs
csneg w5, wzr, wzr, cs
csneg w0, w1, w2, cc
csneg w3, w4, w4, cc
csneg w5, wzr, wzr, cc
csneg w0, w1, w2, mi
csneg w3, w4, w4, mi
csneg w5, wzr, wzr, mi
csneg w0, w1, w2, pl
csneg w3, w4, w4, pl
csneg w5, wzr, wzr, pl
csneg w0, w1, w2, vs
csneg w3, w4, w4, vs
csneg w5, wzr, wzr, vs
csneg w0, w1, w2, vc
csneg w3, w4, w4, vc
csneg w5, wzr, wzr, vc
csneg w0, w1, w2, hi
csneg w3, w4, w4, hi
csneg w5, wzr, wzr, hi
csneg w0, w1, w2, ls
csneg w3, w4, w4, ls
csneg w5, wzr, wzr, ls
csneg w0, w1, w2, ge
csneg w3, w4, w4, ge
csneg w5, wzr, wzr, ge
csneg w0, w1, w2, lt
csneg w3, w4, w4, lt
csneg w5, wzr, wzr, lt
csneg w0, w1, w2, gt
csneg w3, w4, w4, gt
csneg w5, wzr, wzr, gt
csneg w0, w1, w2, le
csneg w3, w4, w4, le
csneg w5, wzr, wzr, le
csneg w0, w1, w2, al
csneg w3, w4, w4, al
csneg w5, wzr, wzr, al
csneg w0, w1, w2, nv
csneg w3, w4, w4, nv
csneg w5, wzr, wzr, nv
csneg wzr, wzr, w6, eq
csneg w7, w8, wzr, eq
csneg wzr, wzr, wzr, eq
rbit x0, x1
rbit xzr, xzr
rev16 x0, x1
rev16 xzr, xzr
rev x0, x1
rev xzr, xzr
clz x0, x1
clz xzr, xzr
cls x0, x1
cls xzr, xzr
rbit w0, w1
rbit wzr, wzr
rev16 w0, w1
rev16 wzr, wzr
rev w0, w1
rev wzr, wzr
clz w0, w1
clz wzr, wzr
cls w0, w1
cls wzr, wzr
rev32 x2, x3
rev32 xzr, xzr
rev64 x4, x5
udiv x0, x1, x2
udiv xzr, xzr, xzr
udiv x30, x29, x28
sdiv x0, x1, x2
sdiv xzr, xzr, xzr
sdiv x30, x29, x28
lslv x0, x1, x2
lslv xzr, xzr, xzr
lslv x30, x29, x28
lsrv x0, x1, x2
lsrv xzr, xzr, xzr
lsrv x30, x29, x28
asrv x0, x1, x2
asrv xzr, xzr, xzr
asrv x30, x29, x28
rorv x0, x1, x2
rorv xzr, xzr, xzr
rorv x30, x29, x28
udiv w0, w1, w2
udiv wzr, wzr, wzr
udiv w30, w29, w28
sdiv w0, w1, w2
sdiv wzr, wzr, wzr
sdiv w30, w29, w28
lslv w0, w1, w2
lslv wzr, wzr, wzr
lslv w30, w29, w28
lsrv w0, w1, w2
lsrv wzr, wzr, wzr
lsrv w30, w29, w28
asrv w0, w1, w2
asrv wzr, wzr, wzr
asrv w30, w29, w28
rorv w0, w1, w2
rorv wzr, wzr, wzr
rorv w30, w29, w28
madd x0, x1, x2, x3
madd x4, x5, x6, xzr
madd xzr, xzr, xzr, xzr
msub x0, x1, x2, x3
msub x4, x5, x6, xzr
msub xzr, xzr, xzr, xzr
madd w0, w1, w2, w3
madd w4, w5, w6, wzr
madd wzr, wzr, wzr, wzr
msub w0, w1, w2, w3
msub w4, w5, w6, wzr
msub wzr, wzr, wzr, wzr
smaddl x0, w1, w2, x3
smaddl x4, w5, w6, xzr
smaddl xzr, wzr, wzr, xzr
smsubl x0, w1, w2, x3
smsubl x4, w5, w6, xzr
smsubl xzr, wzr, wzr, xzr
umaddl x0, w1, w2, x3
umaddl x4, w5, w6, xzr
umaddl xzr, wzr, wzr, xzr
umsubl x0, w1, w2, x3
umsubl x4, w5, w6, xzr
umsubl xzr, wzr, wzr, xzr
smulh x0, x1, x2
smulh xzr, xzr, xzr
umulh x0, x1, x2
umulh xzr, xzr, xzr
