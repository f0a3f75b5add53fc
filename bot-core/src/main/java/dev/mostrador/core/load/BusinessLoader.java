package dev.mostrador.core.load;

import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.ConversationTest;
import dev.mostrador.core.model.DocChunk;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.model.Flow;
import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.model.Tone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an owner's business folder (see shared/spec/business-folder.md) and checks all of it before anything is
 * built: every mistake in every file is collected and reported at once, sorted by file and line, as an
 * {@link InvalidBusinessException}.
 *
 * <p>Decisions the spec leaves open:
 * <ul>
 *   <li>business.yaml needs {@code name}, {@code timezone} and {@code currency}; {@code language} defaults to es and
 *       {@code languages} to [language].</li>
 *   <li>faqs.csv has the columns question,answer (required), id, also, tags and answer_&lt;lang&gt;; {@code also} and
 *       {@code tags} are |-separated. An faq without id (YAML or CSV) gets the slug of its question:
 *       "¿Cuál es su horario?" becomes {@code cual-es-su-horario}.</li>
 *   <li>menu.csv yes/no columns accept true/false, sí/si/no and yes/no; empty means available, not best seller, not
 *       seasonal.</li>
 *   <li>hours and locations also accept Spanish day names (lun..dom) and lists ("sat, sun"); a range may wrap (fri-mon).</li>
 *   <li>flow steps take {@code choices_from: payment_methods} or {@code menu_categories}; a step with choices and no
 *       type is a choice step.</li>
 *   <li>tone.yaml absent or partial: built-in Spanish and English texts fill the gaps.</li>
 *   <li>docs/ reads .md, .txt and .pdf; other files there (images...) are ignored.</li>
 * </ul>
 */
public final class BusinessLoader {
    static final List<String> KNOWN_FILES = List.of("business.yaml", "faqs.yaml", "faqs.csv", "menu.csv", "flows.yaml",
            "tone.yaml", "bot.yaml", "synonyms.yaml", "intents.yaml");

    private final Path dir;
    private final String folder;
    private final Problems problems = new Problems();

    private BusinessLoader(Path dir) {
        this.dir = dir;
        Path name = dir.toAbsolutePath().normalize().getFileName();
        this.folder = name == null ? "business" : name.toString();
    }

    public static BusinessFolder load(Path businessDir) throws InvalidBusinessException, IOException {
        return new BusinessLoader(businessDir).load();
    }

    private BusinessFolder load() throws InvalidBusinessException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new InvalidBusinessException(List.of(Problem.at(folder, 0, "the business folder does not exist (" + dir + ")",
                    "create it with at least business.yaml and faqs.yaml")));
        }
        checkFileNames();

        Optional<Document> businessDoc = yaml("business.yaml", "business.schema.json", true);
        Business business = businessDoc.map(d -> new BusinessReader(d, problems).read()).orElse(null);
        String language = business == null ? "es" : business.language();
        List<String> languages = business == null ? List.of("es", "en") : business.languages();

        Map<String, List<String>> intentExamples = ExtrasReader.intents(yaml("intents.yaml", "intents.schema.json", false).orElse(null));
        Set<String> intents = new LinkedHashSet<>(FlowReader.BUILT_IN_INTENTS);
        intents.addAll(intentExamples.keySet());
        Map<String, List<String>> synonyms = ExtrasReader.synonyms(yaml("synonyms.yaml", "synonyms.schema.json", false).orElse(null));

        FaqReader faqReader = new FaqReader(problems);
        List<Faq> faqs = faqs(faqReader, language, languages);

        MenuReader menuReader = new MenuReader(problems);
        List<MenuItem> menu = Files.isRegularFile(dir.resolve("menu.csv"))
                ? menuReader.read(dir.resolve("menu.csv"), file("menu.csv"))
                : List.of();
        List<String> categories = menu.stream().map(MenuItem::category).filter(c -> !c.isBlank()).distinct().toList();

        List<String> payments = business == null ? List.of() : business.paymentMethods();
        Map<String, Flow> flows = yaml("flows.yaml", "flows.schema.json", false)
                .map(d -> new FlowReader(problems, intents, payments, categories).read(d, language, languages))
                .orElse(Map.of());

        Tone tone = new ToneReader(problems).read(yaml("tone.yaml", "tone.schema.json", false).orElse(null), language, languages);
        var bot = BotReader.read(yaml("bot.yaml", "bot.schema.json", false).orElse(null), problems);

        List<ConversationTest> tests = tests(faqReader.idLines.keySet(), menuReader.idLines.keySet(), flows.keySet(), intents);
        List<DocChunk> docs = new DocReader(problems).read(dir.resolve("docs"), folder);

        if (!problems.isEmpty() || business == null) {
            throw new InvalidBusinessException(problems.all());
        }
        return new BusinessFolder(business, faqs, menu, flows, tone, bot, docs, tests, synonyms, intentExamples);
    }

    private List<Faq> faqs(FaqReader reader, String language, List<String> languages) throws IOException {
        boolean yaml = Files.isRegularFile(dir.resolve("faqs.yaml"));
        boolean csv = Files.isRegularFile(dir.resolve("faqs.csv"));
        if (yaml && csv) {
            problems.add(file("faqs.csv"), 0, "both faqs.yaml and faqs.csv exist", "keep your questions in one of them");
        }
        Optional<Document> doc;
        if (yaml || !csv) {
            doc = yaml("faqs.yaml", "faqs.schema.json", true);
        } else {
            doc = FaqReader.csvDocument(dir.resolve("faqs.csv"), file("faqs.csv"), problems);
            doc.ifPresent(d -> SchemaCheck.validate(d, "faqs.schema.json", problems));
        }
        return doc.map(d -> reader.read(d, language, languages)).orElse(List.of());
    }

    private List<ConversationTest> tests(Set<String> faqIds, Set<String> menuIds, Set<String> flowIds, Set<String> intents) throws IOException {
        Path testsDir = dir.resolve("tests");
        List<ConversationTest> tests = new ArrayList<>();
        if (!Files.isDirectory(testsDir)) return tests;
        List<Path> files;
        try (Stream<Path> list = Files.list(testsDir)) {
            files = list.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
            }).sorted().toList();
        }
        TestReader reader = new TestReader(problems, faqIds, menuIds, flowIds, intents);
        for (Path p : files) {
            String name = file("tests/" + p.getFileName());
            Optional<Document> doc = Document.readYaml(p, name, problems);
            if (doc.isEmpty()) continue;
            SchemaCheck.validate(doc.get(), "tests.schema.json", problems);
            tests.addAll(reader.read(doc.get()));
        }
        return tests;
    }

    /** Reads and schema-checks one YAML file; a missing required file is a problem, a missing optional one is empty. */
    private Optional<Document> yaml(String name, String schema, boolean required) throws IOException {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            if (required) {
                String what = name.equals("business.yaml")
                        ? "create it with at least name, timezone and currency"
                        : "create it with your questions and answers (or write faqs.csv)";
                problems.add(file(name), 0, "this file is missing", what);
            }
            return Optional.empty();
        }
        Optional<Document> doc = Document.readYaml(path, file(name), problems);
        doc.ifPresent(d -> {
            if (!d.root().isNull()) SchemaCheck.validate(d, schema, problems);
        });
        if (required && doc.isPresent() && doc.get().root().isNull() && name.equals("business.yaml")) {
            problems.add(file(name), 0, "this file is empty", "write at least name, timezone and currency");
            return Optional.empty();
        }
        return doc;
    }

    /** Catches the typical slip of a misnamed file, which would otherwise be silently ignored. */
    private void checkFileNames() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(p) || KNOWN_FILES.contains(name)) continue;
                if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".csv"))) continue;
                String yamlName = lower.endsWith(".yml") ? lower.substring(0, lower.length() - 4) + ".yaml" : lower;
                String fix = KNOWN_FILES.contains(yamlName)
                        ? "rename it to " + yamlName
                        : Spelling.didYouMean(name, KNOWN_FILES, "", "") + "the files read are: " + String.join(", ", KNOWN_FILES);
                problems.add(file(name), 0, "this file is not read by the bot", fix);
            }
        }
    }

    private String file(String name) {
        return folder + "/" + name;
    }
}
