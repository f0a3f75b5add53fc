package dev.mostrador.core.text;

import java.util.Set;

/**
 * Words that carry no meaning for a shop bot, already folded (no accents). Deliberately smaller than Lucene's
 * lists: question words that decide what is asked ("donde", "cuando", "cuanto", "where", "when") are kept, and
 * chat courtesy ("hola", "gracias", "porfa") is dropped so a polite message scores like a curt one.
 */
final class StopWords {
    private StopWords() {}

    static final Set<String> SPANISH = Set.of(
            "a", "al", "algo", "algun", "alguna", "algunas", "alguno", "algunos", "ante", "antes", "aqui", "asi",
            "como", "con", "contra", "cual", "cuales", "de", "del", "desde", "e", "el", "ella", "ellas", "ellos",
            "en", "entre", "era", "eres", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estas", "este", "esto",
            "estos", "estoy", "estan", "estamos", "fue", "fui", "ha", "han", "has", "hay", "he", "la", "las", "le",
            "les", "lo", "los", "me", "mi", "mis", "muy", "nos", "nosotros", "o", "os", "otra", "otro", "para",
            "pero", "poco", "por", "porque", "que", "quien", "quienes", "se", "si", "sin", "sobre", "son", "soy",
            "su", "sus", "te", "ti", "tu", "tus", "un", "una", "unas", "uno", "unos", "usted", "ustedes", "vos",
            "y", "ya", "yo", "hola", "buenas", "buenos", "buen", "dia", "dias", "tarde", "tardes",
            "noche", "noches", "gracias", "favor", "disculpa", "disculpe", "disculpen", "oye", "oiga", "perdon",
            "quisiera", "quiero", "queria", "saber", "puedo", "puede", "pueden", "podria", "podrian", "podes", "puedes", "necesito", "pasas", "pasan", "pasame", "pasen", "dame", "dan", "das", "mandas", "mandame", "necesita", "necesitamos", "busco", "buscando",
            "tienen", "tiene", "tenes", "tienes", "tengo", "tenemos", "tener", "hacen", "hace", "haces", "hacer",
            "bueno", "bien", "ok", "okay", "pues", "entonces", "tambien", "senor", "senora",
            "amigo", "amiga", "alguien", "mas", "ahi", "alla", "eh", "ah", "jaja", "jajaja", "xd", "ser", "estar",
            "va", "van", "vas", "voy", "sea", "seria");

    static final Set<String> ENGLISH = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "into", "about", "as", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "you",
            "your", "yours", "i", "me", "my", "we", "our", "us", "they", "them", "it", "its", "this", "that",
            "these", "those", "there", "here", "what", "which", "who", "whom", "how", "can", "could", "would",
            "will", "should", "may", "might", "please", "thanks", "thank", "hi", "hello", "hey", "ok", "okay",
            "just", "get", "got", "have", "has", "had", "some", "any", "s", "t", "d", "m", "ll", "re", "ve",
            "want", "like", "know", "tell", "guys", "so", "also", "too", "yes", "no", "not", "good", "morning",
            "afternoon", "evening", "let", "need", "im", "don", "dont", "doesn", "didn", "isn", "aren",
            "wasn", "cant", "ive", "youre", "ya", "sir", "maam", "anything", "something",
            // contractions typed without the apostrophe
            "whats", "thats", "whos", "wheres", "hows", "whens", "theres", "heres", "isnt", "arent", "wont",
            "doesnt", "didnt", "wasnt", "lets");

    static boolean isStop(String word, String lang) {
        return ("en".equals(lang) ? ENGLISH : SPANISH).contains(word);
    }
}
