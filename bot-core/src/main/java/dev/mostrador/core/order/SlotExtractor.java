package dev.mostrador.core.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the customer's name, phone, payment method and pickup/delivery choice in free text. Each finder
 * is also usable alone for a single flow step ({@link #phone}, {@link #payment}, ...). Only the
 * business's own payment methods are recognized; synonyms map onto them ("cash" → "efectivo").
 */
public final class SlotExtractor {
    private static final List<Set<String>> PAYMENT_SYNONYMS = List.of(
            Set.of("efectivo", "cash", "contado", "efectivo al entregar", "billete", "billetes"),
            Set.of("tarjeta", "card", "credito", "debito", "credit", "debit", "visa", "mastercard", "datafono", "pos",
                    "tarjeta de credito", "tarjeta de debito", "credit card", "debit card"),
            Set.of("transferencia", "transfer", "deposito", "transferencia bancaria", "bank transfer", "transfiero",
                    "transferir", "sinpe", "wire"));

    private static final Pattern PHONE = Pattern.compile("(?<![\\d])\\+?\\(?\\d[\\d\\s().-]{6,}\\d(?![\\d])");
    private static final Pattern NAME_INTRO = Pattern.compile(
            "(?:a nombre de|al nombre de|a nombre del?|nombre\\s*:|mi nombre es|me llamo|soy|my name is|name is|"
                    + "name\\s*:|i am|i'm|im|this is|under the name|under)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'.-]*");
    private static final Set<String> NOT_NAMES = Set.of(
            "vegetariano", "vegetariana", "vegano", "vegana", "alergico", "alergica", "nuevo", "nueva", "cliente",
            "yo", "el", "la", "de", "del", "un", "una", "muy", "tu", "su", "mi", "aqui", "alla", "celiaco",
            "celiaca", "hungry", "vegetarian", "vegan", "allergic", "new", "here", "a", "an", "the", "from", "so",
            "ready", "done", "fine", "ok", "good", "going", "looking", "not", "sure", "paying", "coming", "in");
    private static final List<String> DELIVERY = List.of(
            "a domicilio", "domicilio", "delivery", "envio", "enviar", "envien", "enviamelo", "mandenmelo",
            "mandamelo", "traigan", "traiganlo", "a mi casa", "a la casa", "a mi trabajo", "deliver", "delivered",
            "send it", "to my house", "to my place", "home delivery");
    private static final List<String> PICKUP = List.of(
            "para llevar", "paso a recoger", "paso por", "paso yo", "voy por", "voy a pasar", "recoger", "recojo",
            "lo recojo", "en el local", "pickup", "pick up", "pick it up", "take away", "takeaway", "to go",
            "para recoger", "retiro", "retirar", "collect");

    private final List<String> paymentMethods;

    public SlotExtractor(List<String> paymentMethods) {
        this.paymentMethods = paymentMethods == null ? List.of() : List.copyOf(paymentMethods);
    }

    public Slots extract(String text) {
        if (text == null || text.isBlank()) return Slots.NONE;
        List<Span> spans = new ArrayList<>();
        Optional<Found> phone = findPhone(text);
        Optional<Found> name = findName(text);
        Optional<Found> payment = findPayment(text);
        Optional<Found> how = findFulfilment(text);
        for (Optional<Found> f : List.of(phone, name, payment, how)) f.ifPresent(x -> spans.add(x.span()));
        return new Slots(name.map(Found::value), phone.map(Found::value), payment.map(Found::value),
                how.map(f -> Fulfilment.valueOf(f.value())), spans);
    }

    public Optional<String> name(String text) {
        return findName(text).map(Found::value);
    }

    /** A phone in any usual writing ("+505 8888-0000", "8888 0000"), as "+" and digits only: 8 to 15 digits. */
    public static Optional<String> phone(String text) {
        return findPhone(text).map(Found::value);
    }

    public Optional<String> payment(String text) {
        return findPayment(text).map(Found::value);
    }

    public static Optional<Fulfilment> fulfilment(String text) {
        return findFulfilment(text).map(f -> Fulfilment.valueOf(f.value()));
    }

    private record Found(String value, Span span) {}

    private static Optional<Found> findPhone(String text) {
        if (text == null) return Optional.empty();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= 8 && digits.length() <= 15) {
                String value = (m.group().trim().startsWith("+") ? "+" : "") + digits;
                return Optional.of(new Found(value, new Span(m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> findName(String text) {
        if (text == null) return Optional.empty();
        Matcher intro = NAME_INTRO.matcher(text);
        while (intro.find()) {
            if (intro.start() > 0 && Character.isLetter(text.charAt(intro.start() - 1))) continue;
            List<String> words = new ArrayList<>();
            int end = intro.end();
            Matcher w = NAME_WORD.matcher(text);
            int at = intro.end();
            // Up to three words: "Luis", "María José", "Ana de la Cruz" stops at "de" (good enough for an order).
            while (words.size() < 3 && w.find(at) && w.start() == at) {
                String word = w.group();
                String folded = Folding.fold(word);
                if (NOT_NAMES.contains(folded) || OrderWords.STOP.contains(folded) || OrderWords.SEPARATORS.contains(folded)
                        || OrderWords.NUMBERS.containsKey(folded) && words.isEmpty()) {
                    break;
                }
                // After the first word the name goes on in the same casing: "María José", "juan carlos";
                // "Luis quiero" stops (and ordinary words already stopped it above).
                if (!words.isEmpty() && Character.isUpperCase(word.charAt(0)) != Character.isUpperCase(words.get(0).charAt(0))) {
                    break;
                }
                words.add(word);
                end = w.end();
                at = w.end();
                while (at < text.length() && text.charAt(at) == ' ') at++;
            }
            if (!words.isEmpty()) {
                String name = String.join(" ", words.stream().map(SlotExtractor::capitalize).toList());
                return Optional.of(new Found(name, new Span(intro.start(), end)));
            }
        }
        return Optional.empty();
    }

    private static String capitalize(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private Optional<Found> findPayment(String text) {
        if (text == null) return Optional.empty();
        List<Token> tokens = Token.of(text);
        for (String method : paymentMethods) {
            for (String phrase : synonyms(method)) {
                Optional<Span> at = find(tokens, phrase);
                if (at.isPresent()) return Optional.of(new Found(method, at.get()));
            }
        }
        return Optional.empty();
    }

    private static List<String> synonyms(String method) {
        String plain = Folding.plain(method);
        List<String> all = new ArrayList<>();
        all.add(plain);
        for (Set<String> group : PAYMENT_SYNONYMS) {
            if (group.contains(plain) || group.stream().anyMatch(s -> plain.startsWith(s + " "))) {
                group.stream().filter(s -> !s.equals(plain)).forEach(all::add);
            }
        }
        return all;
    }

    /** The phrase as consecutive words of the text, each allowed a typo ("efectibo", "tarjeta"). */
    private static Optional<Span> find(List<Token> tokens, String phrase) {
        return find(tokens, phrase, false);
    }

    /** {@code exact}: no typos allowed ("mandame 2 tacos" is no "mandamelo", a delivery). */
    private static Optional<Span> find(List<Token> tokens, String phrase, boolean exact) {
        List<String> keys = Token.of(phrase).stream().map(Token::key).toList();
        List<Token> words = tokens.stream().filter(t -> t.kind() != Token.Kind.SYMBOL).toList();
        for (int i = 0; i + keys.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < keys.size() && all; k++) {
                String said = words.get(i + k).key(), want = keys.get(k);
                // Short words must be exact ("cara" is not "card"); longer ones may carry a typo ("efectibo").
                all = want.length() < 6 || exact ? said.equals(want) : WordKey.match(said, want) >= 0;
            }
            if (all) return Optional.of(new Span(words.get(i).start(), words.get(i + keys.size() - 1).end()));
        }
        return Optional.empty();
    }

    private static Optional<Found> findFulfilment(String text) {
        if (text == null) return Optional.empty();
        List<Token> tokens = Token.of(text);
        // Delivery first: "llevar a mi casa" is delivery although it contains "llevar".
        for (String phrase : DELIVERY) {
            // Delivery costs money: only the customer's exact words count, never a near miss.
            Optional<Span> at = find(tokens, phrase, true);
            if (at.isPresent() && !negated(tokens, at.get())) return Optional.of(new Found("DELIVERY", at.get()));
        }
        for (String phrase : PICKUP) {
            Optional<Span> at = find(tokens, phrase);
            if (at.isPresent()) return Optional.of(new Found("PICKUP", at.get()));
        }
        return Optional.empty();
    }

    /** "sin delivery", "no delivery": the customer will pick up. */
    private static boolean negated(List<Token> tokens, Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == span.start() && i > 0) {
                String before = tokens.get(i - 1).word();
                return before.equals("sin") || before.equals("no");
            }
        }
        return false;
    }
}
