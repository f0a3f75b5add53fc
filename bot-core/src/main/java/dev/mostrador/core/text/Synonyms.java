package dev.mostrador.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups of words a customer uses for the same thing. The built-in groups are general shop and customer-service
 * vocabulary in Spanish and English (each group mixes both, so "aceptan card" still finds the card FAQ); an owner
 * adds their own in synonyms.yaml (the first word names the group). An owner word that already belongs to a
 * built-in group joins that group. Entries may be phrases ("sin carne"). Immutable.
 */
public final class Synonyms {

    private static final Map<String, List<String>> BUILT_IN = builtIn();

    /** group name to its words and phrases, folded (lowercase, no accents), in a stable order */
    private final Map<String, List<String>> groups;
    /** the owner's lines of synonyms.yaml as written (first word, then its equivalents), folded */
    private final Map<String, List<String>> owner;

    private Synonyms(Map<String, List<String>> groups, Map<String, List<String>> owner) {
        this.groups = frozen(groups);
        this.owner = frozen(owner);
    }

    private static Map<String, List<String>> frozen(Map<String, List<String>> m) {
        Map<String, List<String>> copy = new TreeMap<>();
        m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    public static Synonyms builtInOnly() {
        return new Synonyms(BUILT_IN, Map.of());
    }

    /** The built-in groups plus the owner's (synonyms.yaml: a word to its equivalents). */
    public static Synonyms withOwner(Map<String, List<String>> owner) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Map<String, List<String>> declared = new TreeMap<>();
        BUILT_IN.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        if (owner != null) {
            for (String key : new TreeMap<>(owner).keySet()) {
                List<String> words = new ArrayList<>();
                words.add(fold(key));
                for (String w : owner.get(key)) words.add(fold(w));
                declared.put(fold(key), words.stream().filter(w -> !w.isEmpty()).distinct().toList());
                String target = groupContaining(all, words);
                List<String> members = all.computeIfAbsent(target != null ? target : "owner:" + fold(key),
                        k -> new ArrayList<>());
                for (String w : words) if (!w.isEmpty() && !members.contains(w)) members.add(w);
            }
        }
        return new Synonyms(all, declared);
    }

    /** Every group, built-in ones with the owner's words joined in. */
    public Map<String, List<String>> groups() {
        return groups;
    }

    /**
     * The owner's own groups exactly as synonyms.yaml lists them, before joining the built-in ones: words the owner
     * says mean the same thing here (the built-in groups are broader: a topic, such as every word about opening
     * hours).
     */
    public Map<String, List<String>> ownerGroups() {
        return owner;
    }

    private static String groupContaining(Map<String, List<String>> all, List<String> words) {
        for (var e : all.entrySet()) {
            for (String w : words) if (e.getValue().contains(w)) return e.getKey();
        }
        return null;
    }

    static String fold(String s) {
        return String.join(" ", ChatNormalizer.words(s));
    }

    private static Map<String, List<String>> builtIn() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("horario", List.of("horario", "horarios", "hora", "horas", "abren", "abre", "abrir", "abierto",
                "abiertos", "abierta", "abiertas", "cierran", "cierra", "cerrar", "cerrado", "cerrados", "cerrada",
                "cuando", "atienden", "atencion", "apertura", "cierre", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "sabados", "domingo", "domingos",
                "feriado", "feriados", "fin de semana", "open", "opens", "opening", "close",
                "closes", "closing", "closed", "hours", "hour", "time", "schedule", "when", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "weekend", "holiday", "holidays"));
        g.put("ubicacion", List.of("ubicacion", "ubicados", "ubicado", "ubicada", "ubican", "direccion", "donde",
                "quedan", "queda", "encuentran", "encuentro", "llegar", "llego", "local", "lugar", "mapa", "calle",
                "esquina", "parados", "parado", "paradas", "where", "location", "located", "address",
                "directions", "map", "find you", "street", "corner"));
        g.put("pago", List.of("pago", "pagos", "pagar", "pagan", "tarjeta", "tarjetas", "credito",
                "debito", "datafono", "pos", "efectivo", "transferencia", "transferencias", "visa", "mastercard",
                "card", "cards", "credit", "debit", "cash", "pay", "payment", "payments", "transfer"));
        g.put("precio", List.of("precio", "precios", "cuanto", "cuanta", "cuesta", "cuestan", "costo", "costos",
                "cuestan", "vale", "valen", "sale", "salen", "cobran", "tarifa", "price", "prices", "cost", "costs",
                "how much", "much"));
        g.put("envio", List.of("envio", "envios", "delivery", "deliveries", "domicilio", "domicilios", "a domicilio",
                "llevan", "llegan", "reparto", "repartos", "mandan", "enviar", "envian", "entregan", "entrega",
                "deliver", "delivers", "shipping"));
        g.put("venta", List.of("venden", "vende", "vendes", "venta", "ventas", "sell", "sells", "selling"));
        g.put("menu", List.of("menu", "menus", "carta", "platos", "platillos", "comida", "comidas", "food",
                "dishes"));
        g.put("vegetariano", List.of("vegetariano", "vegetariana", "vegetarianos", "vegetarianas", "vegano",
                "vegana", "veganos", "veganas", "sin carne", "sin carnes", "vegetarian", "vegan", "veggie",
                "meatless", "no meat", "without meat", "plant based"));
        g.put("pedido", List.of("pedido", "pedidos", "pedir", "ordenar", "orden", "encargar", "encargo", "order",
                "orders", "ordering"));
        g.put("reserva", List.of("reserva", "reservas", "reservar", "reservacion", "booking", "book",
                "reservation", "reserve"));
        g.put("contacto", List.of("telefono", "numero", "celular", "whatsapp", "llamar", "contacto", "contactar",
                "phone", "call", "number", "contact"));
        g.put("bebida", List.of("bebida", "bebidas", "refresco", "refrescos", "gaseosa", "gaseosas", "chesco",
                "chescos", "soda",
                "sodas", "drink", "drinks", "beverage", "beverages"));
        g.put("promocion", List.of("descuento", "descuentos", "promocion", "promociones", "promo", "promos",
                "oferta", "ofertas", "discount", "discounts", "offer", "offers", "deal", "deals", "special", "specials"));
        g.put("evento", List.of("evento", "eventos", "fiesta", "fiestas", "party", "parties", "catering", "taquiza",
                "taquizas", "cumpleanos", "boda", "bodas", "wedding", "weddings", "birthday", "birthdays"));
        g.put("factura", List.of("factura", "facturas", "recibo", "comprobante", "receipt", "invoice"));
        g.put("estacionamiento", List.of("estacionamiento", "estacionar", "estacionarse", "estaciono", "parqueo",
                "parqueadero", "parquear", "parkear", "aparcar", "aparcamiento", "parking", "park"));
        g.put("alergia", List.of("alergia", "alergias", "alergeno", "alergenos", "alergico", "alergica",
                "allergy", "allergies", "allergen", "allergens", "allergic"));
        g.put("picante", List.of("picante", "picantes", "picoso", "picosa", "enchiloso", "spicy"));
        g.put("postre", List.of("postre", "postres", "dessert", "desserts", "algo dulce", "dulces", "something sweet", "sweets"));
        g.put("cancelar", List.of("cancelar", "cancela", "cancelo", "cancelen", "cancelame", "cancelarlo",
                "cancelarla", "anular", "anula", "anulen", "anulame", "borrar", "borra", "borren", "borrame", "eliminar",
                "elimina", "eliminen", "quitar", "quita", "quiten", "quitame", "cancel", "cancelled", "canceled",
                "delete", "remove"));
        g.put("cambiar", List.of("cambiar", "cambia", "cambien", "cambiame", "cambiarlo", "cambiarla",
                "modificar", "modifica", "modifiquen", "modificame", "editar", "edita", "corregir", "corrige", "change",
                "modify", "edit", "update"));
        g.put("mostrar", List.of("mostrar", "muestra", "muestrame", "muestren", "mostrame", "mostrarme",
                "ensenar", "ensena", "ensename", "ensenen", "ensenarme", "ver", "show", "display", "view"));
        g.put("espera", List.of("demora", "demoran", "tarda", "tardan", "tardanza", "how long", "wait"));
        return g;
    }
}
