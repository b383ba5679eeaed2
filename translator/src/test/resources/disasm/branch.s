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
    // The ID register space and other EL0 names, most of them undefined when executed.
    .inst 0xd5380000
    .inst 0xd5380021
    .inst 0xd5380042
    .inst 0xd5380063
    .inst 0xd5380084
    .inst 0xd53800a5
    .inst 0xd53800c6
    .inst 0xd53800e7
    .inst 0xd5380108
    .inst 0xd5380129
    .inst 0xd538014a
    .inst 0xd538016b
    .inst 0xd538018c
    .inst 0xd53801ad
    .inst 0xd53801ce
    .inst 0xd53801ef
    .inst 0xd5380210
    .inst 0xd5380231
    .inst 0xd5380252
    .inst 0xd5380273
    .inst 0xd5380294
    .inst 0xd53802b5
    .inst 0xd53802d6
    .inst 0xd53802f7
    .inst 0xd5380318
    .inst 0xd5380339
    .inst 0xd538035a
    .inst 0xd538037b
    .inst 0xd538039c
    .inst 0xd53803bd
    .inst 0xd53803de
    .inst 0xd53803e0
    .inst 0xd5380401
    .inst 0xd5380422
    .inst 0xd5380443
    .inst 0xd5380464
    .inst 0xd5380485
    .inst 0xd53804a6
    .inst 0xd53804c7
    .inst 0xd53804e8
    .inst 0xd5380509
    .inst 0xd538052a
    .inst 0xd538054b
    .inst 0xd538056c
    .inst 0xd538058d
    .inst 0xd53805ae
    .inst 0xd53805cf
    .inst 0xd53805f0
    .inst 0xd5380611
    .inst 0xd5380632
    .inst 0xd5380653
    .inst 0xd5380674
    .inst 0xd5380695
    .inst 0xd53806b6
    .inst 0xd53806d7
    .inst 0xd53806f8
    .inst 0xd5380719
    .inst 0xd538073a
    .inst 0xd538075b
    .inst 0xd538077c
    .inst 0xd538079d
    .inst 0xd53807be
    .inst 0xd53807c0
    .inst 0xd53807e1
    .inst 0xd53be027
    .inst 0xd53be0a7
    .inst 0xd53be0c7
    .inst 0xd53b4227
    .inst 0xd53b4247
    .inst 0xd53b42a7
    .inst 0xd53b42c7
    .inst 0xd53b42e7
    .inst 0xd53b4507
    .inst 0xd53b4527
    .inst 0xd53bd0a7
    .inst 0xd53bd0e7
    .inst 0xd53b2407
    .inst 0xd53b2427
    .inst 0xd53bd007
    .inst 0xd53bd087
fwd:
    nop
