package dev.mostrador.bench;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.classify.LabeledText;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.match.Candidate;
import dev.mostrador.core.match.HybridRetriever;
import dev.mostrador.core.match.Retriever;
import dev.mostrador.core.model.BotConfig;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.testing.ConversationTestRunner;
import dev.mostrador.core.testing.TestReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answer-quality benchmark through the real path (run by bench/answer-quality.sh, not a unit test): every data
 * set becomes a business whose FAQs are its intents (question and {@code also} lines = the first N training
 * examples, answer = the intent name), compiled by {@link BundleCompiler} exactly as an owner's folder is
 * (lexical index, MiniLM vectors, the trained classifier), then every dev message is asked to
 * {@code bundle.retriever().search(text, lang, k)}. A message is refused when the best score is below the
 * bot.yaml default {@code min_score}; a refused in-scope message counts as wrong.
 *
 * <p>Arguments: data folder, business folder, output markdown file, machine description, rows (comma-separated:
 * clinc50, clinc5, es, business; default all), and optionally a cap on dev messages per row (development only).
 */
public final class AnswerQualityBench {
    record Row(String dataset, String perIntent, int faqs, int phrasings, int inScope, int outOfScope, double inAcc,
               double oosRecall, double overall, double compileSeconds, int embeddedInCompile, double medianMs,
               double p95Ms, String load) {}

    static final double MIN_SCORE = BotConfig.Retrieval.DEFAULT.minScore();
    private static CachedEmbedder embedder;
    private static CachedEmbedder english;

    static BundleCompiler compiler() {
        return embedder == null ? new BundleCompiler() : new BundleCompiler(embedder, english, List.of());
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/bench-data");
        Path businessDir = Path.of(args.length > 1 ? args[1] : "business");
        Path out = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");
        String machine = args.length > 3 ? args[3] : Runtime.getRuntime().availableProcessors() + " cores";
        List<String> only = List.of((args.length > 4 ? args[4] : "clinc50,clinc5,es,business").split(","));
        int cap = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
        BusinessFolder example = BusinessLoader.load(businessDir);
        // vectors are remembered between runs (same model, same text, same vector): reruns skip MiniLM
        String cacheFile = System.getProperty("mostrador.embeddings", "bot-core/target/bench-embeddings.bin");
        embedder = cacheFile.isBlank() ? null : CachedEmbedder.ofShared(Path.of(cacheFile));
        english = cacheFile.isBlank() ? null : CachedEmbedder.ofEnglish(Path.of(cacheFile.replaceFirst("(\\.bin)?$", "-english.bin")));

        List<Row> rows = new ArrayList<>();
        String businessLine = "";
        var clinc = BenchData.clinc(data.resolve("clinc150-small-dev.json"));
        for (int per : new int[]{50, 5}) {
            if (!only.contains("clinc" + per)) continue;
            rows.add(run("CLINC150 small (dev)", String.valueOf(per), "en", example,
                    BenchData.firstPerLabel(clinc.get("train"), per), every(clinc.get("val"), cap),
                    every(clinc.get("oos_val"), cap)));
        }
        if (only.contains("es")) {
            rows.add(run("Spanish TOD (5% train -> eval)", "~5% split", "es", example,
                    BenchData.tsv(data.resolve("es-tod-train-5per.tsv")),
                    every(BenchData.tsv(data.resolve("es-tod-eval.tsv")), cap), List.of()));
        }
        if (only.contains("business")) {
            TestReport report = new ConversationTestRunner(new BundleCompiler().compile(example)).run();
            businessLine = "Example business (`business/tests/*.yaml` through `ConversationTestRunner`): "
                    + report.passed() + " passed, " + report.failed() + " failed.\n";
            for (String f : report.failures()) businessLine += "- " + f + "\n";
            System.out.println(businessLine);
        }
        if (embedder != null) embedder.save();
        if (english != null) english.save();
        String table = render(rows, machine, businessLine);
        System.out.println(table);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, spliced(Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "", table),
                StandardCharsets.UTF_8);
    }

    /** Every k-th item so that at most {@code cap} remain (all labels stay represented). */
    static List<LabeledText> every(List<LabeledText> items, int cap) {
        if (items.size() <= cap) return items;
        List<LabeledText> out = new ArrayList<>();
        double step = items.size() / (double) cap;
        for (double i = 0; i < items.size() && out.size() < cap; i += step) out.add(items.get((int) i));
        return out;
    }

    /** The data set as an owner's folder: one FAQ per intent, in first-seen order. */
    static BusinessFolder asBusiness(BusinessFolder example, List<LabeledText> train, String lang) {
        Map<String, List<String>> byIntent = new LinkedHashMap<>();
        for (LabeledText t : train) byIntent.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(t.text());
        List<Faq> faqs = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byIntent.entrySet()) {
            List<String> p = e.getValue();
            faqs.add(new Faq(e.getKey(), p.get(0), p.subList(1, p.size()), Map.of(lang, e.getKey()), List.of()));
        }
        var b = example.business();
        var business = new dev.mostrador.core.model.Business(b.name(), lang, List.of(lang), b.timezone(), b.currency(),
                b.address(), b.mapsUrl(), b.phone(), b.hours(), b.locations(), b.paymentMethods(), b.delivery(),
                b.owner());
        return new BusinessFolder(business, faqs, List.of(), Map.of(), example.tone(), BotConfig.DEFAULT, List.of(),
                List.of(), Map.of(), Map.of());
    }

    static Row run(String name, String per, String lang, BusinessFolder example, List<LabeledText> train,
                   List<LabeledText> inScope, List<LabeledText> oos) throws Exception {
        BusinessFolder folder = asBusiness(example, train, lang);
        int missesBefore = embedder == null ? -1 : embedder.misses();
        long t0 = System.nanoTime();
        // the phrasings' vectors may come from the cache; customer messages are always embedded for real, so the
        // latency below includes MiniLM
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        compiler().write(folder, bytes);
        Bundle bundle = Bundle.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        String save = System.getProperty("mostrador.saveBundle");
        if (save != null) Files.write(Path.of(save + "-" + lang + train.size() + ".zip"), bytes.toByteArray());
        double compileSeconds = (System.nanoTime() - t0) / 1e9;
        int embedded = embedder == null ? -1 : embedder.misses() - missesBefore;
        Retriever retriever = bundle.retriever();
        System.out.println(name + " " + per + ": familiarity bars " + bundle.hybridRetriever().familiarity().bars());
        if (System.getProperty("mostrador.probes") != null) {
            for (String probe : dev.mostrador.core.match.Familiarity.probes(lang)) {
                var raw = bundle.hybridRetriever().raw(probe, lang);
                var best = retriever.search(probe, lang, 1);
                var top = bundle.hybridRetriever().explain(probe, lang).stream()
                        .max(Comparator.comparingDouble(HybridRetriever.Scored::score));
                System.out.printf("probe %.2f %.4f %s -> %s %s%n", raw.known(), raw.score(), probe,
                        best.isEmpty() ? "-" : best.get(0).id(), top.map(t -> new java.util.TreeMap<>(t.signals())).orElse(null));
            }
        }
        retriever.search("warm up", lang, 3);
        String load = loadAverage();
        List<Double> latencies = new ArrayList<>();
        int okIn = 0, refused = 0;
        for (LabeledText t : inScope) {
            Candidate best = timed(retriever, t.text(), lang, latencies);
            if (best != null && best.score() >= MIN_SCORE && best.id().equals(t.label())) okIn++;
        }
        for (LabeledText t : oos) {
            Candidate best = timed(retriever, t.text(), lang, latencies);
            if (best == null || best.score() < MIN_SCORE) refused++;
        }
        if (System.getProperty("mostrador.dump") != null) dump(bundle, inScope, oos, lang);
        load = load + " → " + loadAverage();
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Row row = new Row(name, per, folder.faqs().size(), train.size(), inScope.size(), oos.size(),
                okIn / (double) inScope.size(), oos.isEmpty() ? Double.NaN : refused / (double) oos.size(),
                (okIn + refused) / (double) (inScope.size() + oos.size()), compileSeconds, embedded,
                ms[ms.length / 2], ms[(int) Math.min(ms.length - 1, Math.floor(ms.length * 0.95))], load);
        System.out.println(row);
        return row;
    }

    /**
     * Development: per message, the truth, then for the two best things their fused score and each signal's value
     * on their best text (tab-separated, for studying the fusion; not part of the table).
     */
    static void dump(Bundle bundle, List<LabeledText> inScope, List<LabeledText> oos, String lang) {
        List<LabeledText> all = new ArrayList<>(inScope);
        all.addAll(oos);
        StringBuilder out = new StringBuilder("truth\ttext\tbest\tscore\tsignals\tsecond\tscore2\tsignals2\n");
        for (int i = 0; i < all.size(); i++) {
            var scored = bundle.hybridRetriever().explain(all.get(i).text(), lang);
            Map<String, HybridRetriever.Scored> byThing = new LinkedHashMap<>();
            for (var x : scored) byThing.merge(x.text().id(), x, (a, b) -> b.score() > a.score() ? b : a);
            var top = byThing.values().stream().sorted(Comparator.comparingDouble(HybridRetriever.Scored::score).reversed())
                    .limit(2).toList();
            String truth = i >= inScope.size() ? "oos" : all.get(i).label();
            out.append(truth).append('\t').append(all.get(i).text().replace('\t', ' '));
            for (var t : top) out.append('\t').append(t.text().id()).append('\t').append(String.format("%.4f", t.score()))
                    .append('\t').append(new java.util.TreeMap<>(t.signals()));
            out.append('\n');
        }
        try {
            Files.writeString(Path.of(System.getProperty("mostrador.dump") + "-" + lang + inScope.size() + ".tsv"), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Candidate timed(Retriever retriever, String text, String lang, List<Double> latencies) {
        long t0 = System.nanoTime();
        List<Candidate> found = retriever.search(text, lang, 4);
        latencies.add((System.nanoTime() - t0) / 1e6);
        return found.isEmpty() ? null : found.get(0);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    static final String BEGIN = "<!-- answer-quality table: generated by bench/answer-quality.sh -->";
    static final String END = "<!-- end of generated table -->";

    /** The document with its generated block replaced by {@code table} (appended when it has none). */
    static String spliced(String doc, String table) {
        String block = BEGIN + "\n" + table.strip() + "\n" + END;
        int b = doc.indexOf(BEGIN), e = doc.indexOf(END);
        if (b < 0 || e < b) return doc.isBlank() ? block + "\n" : doc.stripTrailing() + "\n\n" + block + "\n";
        return doc.substring(0, b) + block + doc.substring(e + END.length());
    }

    static String render(List<Row> rows, String machine, String businessLine) {
        StringBuilder s = new StringBuilder();
        s.append("Generated by `bench/answer-quality.sh` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(", default settings (bot.yaml `min_score` ").append(MIN_SCORE)
                .append(", `TrainingOptions.defaults()`), the same for every row.\n\n");
        s.append("| dataset | examples/intent | FAQs | phrasings | in-scope msgs | OOS msgs | in-scope accuracy | OOS recall | overall accuracy | compile (s) | phrasings embedded in compile | search median (ms) | search p95 (ms) | load avg (start → end) |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append(String.format("| %s | %s | %d | %d | %d | %d | %.3f | %s | %.3f | %.1f | %s | %.1f | %.1f | %s |%n",
                    r.dataset(), r.perIntent(), r.faqs(), r.phrasings(), r.inScope(), r.outOfScope(), r.inAcc(),
                    Double.isNaN(r.oosRecall()) ? "n/a" : String.format("%.3f", r.oosRecall()), r.overall(),
                    r.compileSeconds(), r.embeddedInCompile() < 0 ? "all" : String.valueOf(r.embeddedInCompile()),
                    r.medianMs(), r.p95Ms(), r.load()));
        }
        s.append("\nSearch latency is `retriever.search` per dev message, embedding the message with MiniLM included, "
                + "and with bge-small too for the English messages the classifier is unsure of (the second look; "
                + "messages are never taken from the vector cache). Compile time includes the models only for the "
                + "phrasings the caches (`bot-core/target/bench-embeddings*.bin`) did not hold yet.\n");
        s.append("\n").append(businessLine).append("\n");
        s.append("Machine: ").append(machine).append("\n");
        return s.toString();
    }
}
