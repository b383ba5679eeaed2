    .text
    .globl start
start:
    b start
    b fwd
    bl start
    bl fwd
    b.eq start
    b.ne fwd
    b.cs start
    b.cc fwd
    b.mi start
    b.pl fwd
    b.vs start
    b.vc fwd
    b.hi start
    b.ls fwd
    b.ge start
    b.lt fwd
    b.gt start
    b.le fwd
    b.al start
    .inst 0x54ffffef
    cbz w0, start
    cbz x30, fwd
    cbnz wzr, start
    cbnz x1, fwd
    tbz w0, #0, start
    tbz x1, #63, fwd
    tbnz w2, #31, start
    tbnz x3, #32, fwd
    tbz xzr, #5, fwd
    br x0
    br x30
    blr x16
    blr x30
    ret
    ret x0
    ret x29
    svc #0
    svc #0xffff
    brk #0
    brk #0x3e8
    brk #0xffff
    nop
    yield
    wfe
    wfi
    sev
    sevl
    xpaclri
    pacia1716
    pacib1716
    autia1716
    autib1716
    esb
    csdb
    paciaz
    paciasp
    pacibz
    pacibsp
    autiaz
    autiasp
    autibz
    autibsp
    bti
    bti c
    bti j
    bti jc
    hint #6
    hint #9
    hint #0x11
    hint #0x12
    hint #0x16
    hint #0x13
    hint #0x14
    hint #0x7f
    hint #0x21
    dmb ish
    dmb ishld
    dmb ishst
    dmb sy
    dmb st
    dmb ld
    dmb oshld
    dmb #0
    dmb #4
    dsb sy
    dsb ish
    dsb nsh
    dsb #8
    isb
    isb #3
    clrex
    clrex #5
    ssbb
    pssbb
    .inst 0xd50330ff
    mrs x0, tpidr_el0
    mrs x30, tpidr_el0
    msr tpidr_el0, x1
    mrs xzr, nzcv
    msr nzcv, x2
    mrs x0, fpcr
    msr fpcr, x0
    mrs x1, fpsr
    msr fpsr, x1
    mrs x2, cntvct_el0
    mrs x3, cntfrq_el0
    mrs x4, dczid_el0
    mrs x5, ctr_el0
    mrs x6, midr_el1
    mrs x7, mpidr_el1
    mrs x8, revidr_el1
    mrs x9, tpidrro_el0
    mrs x10, id_aa64pfr0_el1
    mrs x11, id_aa64pfr1_el1
    mrs x12, id_aa64isar0_el1
    mrs x13, id_aa64isar1_el1
    mrs x14, id_aa64mmfr0_el1
    mrs x15, id_aa64mmfr1_el1
    mrs x16, id_aa64mmfr2_el1
    mrs x17, id_aa64dfr0_el1
    .inst 0xd5380492
    mrs x1, s3_0_c0_c4_4
    mrs x1, s3_3_c4_c2_0
    mrs x0, s3_3_c15_c2_7
    msr s3_3_c15_c2_7, x0
    dc zva, x0
    dc cvau, x1
    dc cvac, x2
    dc civac, x3
    .inst 0xd50b7c24
    ic ivau, x5
    ic ivau, xzr
    .inst 0xd50b7462
    .inst 0xd50b7482
    .inst 0xd50b747f
fwd:
    nop
