package dev.hotarm.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder and disassembler against GNU objdump over every word of busybox's .text:
 * {@code bin/hotarm disasm} and {@code aarch64-linux-gnu-objdump -d} are paired by address and
 * compared after normalising (whitespace collapsed; objdump's {@code <symbol>} annotations and
 * {@code //} / {@code ;} comments dropped). Agreement is reported overall and per class (base
 * instructions, SIMD&FP), with the most common disagreeing mnemonics, on stdout and in
 * {@code testsuite/target/disasm-agreement.txt}. Base-set words must agree 100%, except the
 * words hotarm deliberately leaves unimplemented (it prints them as
 * {@code .inst 0x... ; unimplemented: NAME}), which are listed.
 */
class DisasmOracleTest {
    /** objdump's and hotarm's instruction lines: {@code %8x:\t%08x \ttext}. */
    private static final Pattern LINE =
            Pattern.compile("^ *([0-9a-f]+):\\t([0-9a-f]{8}) \\t(.*)$");
    private static final Pattern UNIMPLEMENTED = Pattern.compile("; unimplemented: (.*)$");

    record Insn(int word, String text) {
    }

    static Map<Long, Insn> parse(String listing) {
        Map<Long, Insn> insns = new HashMap<>();
        for (String line : (Iterable<String>) listing.lines()::iterator) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                insns.put(Long.parseLong(m.group(1), 16),
                        new Insn(Integer.parseUnsignedInt(m.group(2), 16), m.group(3)));
            }
        }
        return insns;
    }

    /** Drops what is annotation rather than instruction text and collapses whitespace. */
    static String normalise(String text) {
        String t = text.replaceAll(" <[^>]*>", "");
        int comment = t.indexOf("//");
        if (comment >= 0) {
            t = t.substring(0, comment);
        }
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) {
            t = t.substring(0, semicolon);
        }
        return t.replaceAll("\\s+", " ").trim();
    }

    /**
     * SIMD&FP: op0 (bits 28-25) is x111 (data processing, SIMD and FP), or a load/store
     * (x1x0) with bit 26, the V bit, set.
     */
    static boolean isSimdFp(int word) {
        int op0 = (word >>> 25) & 0xF;
        boolean loadStore = (op0 & 0b0101) == 0b0100;
        return (op0 & 0b0111) == 0b0111 || (loadStore && ((word >>> 26) & 1) == 1);
    }

    static String mnemonic(String normalised) {
        int space = normalised.indexOf(' ');
        return space < 0 ? normalised : normalised.substring(0, space);
    }

    /** Counts for one class of words. */
    static final class Tally {
        long words;
        long agree;
        final Map<String, Long> disagreeing = new HashMap<>();
        final Map<String, String> example = new HashMap<>();

        String percent() {
            return words == 0 ? "n/a" : String.format("%.3f%%", 100.0 * agree / words);
        }
    }

    @Test
    void disasm_agreesWithObjdumpOnBusybox() throws IOException {
        Path busybox = Tools.busybox();
        String objdump = Tools.objdump();
        Tools.Result ours = Tools.run(Tools.hotarmCommand("disasm", busybox.toString()));
        Tools.assertNoStackTrace(ours);
        assertEquals(0, ours.status(), ours.stderr());
        Tools.Result theirs = Tools.run(List.of(objdump, "-d", busybox.toString()));
        assertEquals(0, theirs.status(), theirs.stderr());

        Map<Long, Insn> hotarm = parse(ours.stdout());
        Map<Long, Insn> gnu = parse(theirs.stdout());
        assertTrue(hotarm.size() > 10000, "hotarm disasm printed " + hotarm.size() + " lines");

        Tally base = new Tally();
        Tally simd = new Tally();
        Map<String, Long> unimplemented = new TreeMap<>();
        long unimplementedWords = 0;
        List<String> baseFailures = new ArrayList<>();
        for (Map.Entry<Long, Insn> e : new TreeMap<>(hotarm).entrySet()) {
            Insn expected = gnu.get(e.getKey());
            if (expected == null) {
                continue; // objdump folds runs of zero words into "..."
            }
            Insn actual = e.getValue();
            assertEquals(expected.word(), actual.word(),
                    "word at 0x" + Long.toHexString(e.getKey()));
            boolean simdFp = isSimdFp(actual.word());
            Tally tally = simdFp ? simd : base;
            tally.words++;
            String want = normalise(expected.text());
            String got = normalise(actual.text());
            if (want.equals(got)) {
                tally.agree++;
                continue;
            }
            Matcher u = UNIMPLEMENTED.matcher(actual.text());
            if (!simdFp && u.find()) {
                unimplemented.merge(u.group(1), 1L, Long::sum);
                unimplementedWords++;
            } else if (!simdFp && baseFailures.size() < 50) {
                baseFailures.add(String.format("%x: %08x objdump [%s] hotarm [%s]",
                        e.getKey(), actual.word(), want, got));
            }
            String name = mnemonic(want);
            tally.disagreeing.merge(name, 1L, Long::sum);
            tally.example.putIfAbsent(name, String.format("%08x objdump [%s] hotarm [%s]",
                    actual.word(), want, got));
        }

        StringBuilder report = new StringBuilder();
        long words = base.words + simd.words;
        report.append(String.format("hotarm disasm vs aarch64-linux-gnu-objdump -d on %s%n",
                busybox));
        report.append(String.format("all words:  %d, agreeing %d (%s)%n", words,
                base.agree + simd.agree, words == 0 ? "n/a"
                        : String.format("%.3f%%", 100.0 * (base.agree + simd.agree) / words)));
        report.append(String.format("base:       %d, agreeing %d (%s)%n", base.words, base.agree,
                base.percent()));
        report.append(String.format("SIMD&FP:    %d, agreeing %d (%s)%n", simd.words, simd.agree,
                simd.percent()));
        report.append(String.format("base words deliberately unimplemented: %d%n",
                unimplementedWords));
        unimplemented.forEach((name, count) ->
                report.append(String.format("  %-30s %d%n", name, count)));
        appendTop("base", base, report);
        appendTop("SIMD&FP", simd, report);
        Path out = Tools.root().resolve("testsuite/target/disasm-agreement.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);

        long baseDisagreeing = base.words - base.agree - unimplementedWords;
        assertEquals(0, baseDisagreeing, "base-set words where hotarm and objdump disagree "
                + "(first " + baseFailures.size() + "):\n" + String.join("\n", baseFailures)
                + "\n\n" + report);
    }

    /**
     * {@code disasm PROGRAM --symbol main} on guest programs built with symbols: the same
     * addresses as {@code objdump -d --disassemble=main}, the label line, and every word agreeing
     * (base and SIMD&FP), apart from words hotarm marks unimplemented.
     */
    @ParameterizedTest(name = "disasm {0} --symbol main")
    @ValueSource(strings = {"intmath", "cpubound", "strings", "control"})
    void disasmSymbol_agreesWithObjdump(String name) {
        Path program = Tools.guest(name);
        Tools.Result ours = Tools.run(Tools.hotarmCommand("disasm", program.toString(),
                "--symbol", "main"));
        Tools.assertNoStackTrace(ours);
        assertEquals(0, ours.status(), ours.describe());
        Tools.Result theirs = Tools.run(List.of(Tools.objdump(), "-d", "--disassemble=main",
                program.toString()));
        assertEquals(0, theirs.status(), theirs.describe());
        Map<Long, Insn> hotarm = parse(ours.stdout());
        Map<Long, Insn> gnu = parse(theirs.stdout());
        if (!gnu.keySet().equals(hotarm.keySet())) {
            TreeMap<Long, Insn> g = new TreeMap<>(gnu);
            TreeMap<Long, Insn> h = new TreeMap<>(hotarm);
            fail(String.format("main covers %d words 0x%x-0x%x in objdump, %d words%s in hotarm",
                    g.size(), g.firstKey(), g.lastKey(), h.size(), h.isEmpty() ? ""
                            : String.format(" 0x%x-0x%x", h.firstKey(), h.lastKey())));
        }
        long start = new TreeMap<>(gnu).firstKey();
        assertTrue(ours.stdout().contains(String.format("%016x <main>:", start)),
                "label line\n" + ours.describe());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Long, Insn> e : new TreeMap<>(gnu).entrySet()) {
            Insn actual = hotarm.get(e.getKey());
            String want = normalise(e.getValue().text());
            String got = normalise(actual.text());
            if (!want.equals(got) && !UNIMPLEMENTED.matcher(actual.text()).find()) {
                wrong.add(String.format("%x: %08x objdump [%s] hotarm [%s]", e.getKey(),
                        actual.word(), want, got));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + gnu.size() + " words differ:\n"
                + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
    }

    /** The 20 most common disagreeing mnemonics of a class, with one example each. */
    private static void appendTop(String label, Tally tally, StringBuilder report) {
        Map<String, Long> all = tally.disagreeing;
        List<Map.Entry<String, Long>> top = all.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(20)
                .toList();
        report.append(String.format("%s: %d disagreeing mnemonics, most common:%n", label,
                all.size()));
        for (Map.Entry<String, Long> e : top) {
            report.append(String.format("  %-12s %8d  e.g. %s%n", e.getKey(), e.getValue(),
                    tally.example.get(e.getKey())));
        }
    }
}
