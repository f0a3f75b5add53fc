package dev.mostrador.core.engine;

import java.util.List;
import java.util.Map;

/**
 * The engine's own sentences (menu answers, flow hints, small talk) in Spanish and English. Owner-written
 * text from tone.yaml always wins where the owner wrote one; these fill the gaps.
 */
final class Texts {
    private Texts() {}

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            // key -> {es, en}
            e("ask_again", "No me llegó ningún mensaje. ¿En qué te puedo ayudar?", "I didn't get any message. How can I help you?"),
            e("greeting", "¡Hola! Soy el asistente de {name}. ¿En qué te ayudo?", "Hi! I'm {name}'s assistant. How can I help?"),
            e("fallback", "Perdón, no te entendí bien. ¿Me lo decís con otras palabras?", "Sorry, I didn't quite get that. Could you say it another way?"),
            e("escalate", "Te paso con alguien del equipo en un momento.", "I'll get someone from the team to help you shortly."),
            e("hola", "¡Hola!", "Hi!"),
            e("hi", "¡Hola!", "Hi!"),
            e("handoff_offer", "Si preferís, te paso con una persona del equipo.", "If you prefer, I can get a person from the team."),
            e("complaint", "Lamentamos mucho lo que pasó. Ya le avisamos al encargado para que lo revise.", "We're very sorry about that. We've told the manager so they can look into it."),
            e("thanks", "¡Con gusto! ¿Algo más en que te ayude?", "You're welcome! Anything else I can help with?"),
            e("bye", "¡Gracias por escribirnos! Que tengas buen día.", "Thanks for writing! Have a nice day."),
            e("ok", "¡Perfecto! Cualquier cosa, acá estoy.", "Great! I'm here if you need anything."),
            e("emoji", "😊 ¿En qué te puedo ayudar?", "😊 How can I help you?"),
            e("qr_handoff", "Hablar con una persona", "Talk to a person"),
            e("qr_menu", "Ver menú", "See menu"),
            e("qr_order", "Hacer pedido", "Place an order"),
            e("qr_hours", "Horarios", "Hours"),
            e("qr_location", "Ubicación", "Location"),
            e("qr_yes", "Sí", "Yes"),
            e("qr_no", "No", "No"),
            e("qr_cancel", "Cancelar", "Cancel"),
            e("menu_header", "Este es nuestro menú:", "Here is our menu:"),
            e("menu_empty", "Todavía no tenemos el menú cargado. ¿Te ayudo con otra cosa?", "Our menu isn't available yet. Can I help with something else?"),
            e("category_header", "En {category} tenemos:", "In {category} we have:"),
            e("tag_header", "Opciones {tag}:", "Options ({tag}):"),
            e("tag_none", "Por ahora no tenemos opciones {tag}.", "We don't have {tag} options right now."),
            e("best_header", "Lo más pedido:", "Our best sellers:"),
            e("item_price", "{item} cuesta {price}.", "{item} costs {price}."),
            e("item_sold_out", "Hoy se nos acabó {item}, perdón.", "Sorry, {item} is sold out today."),
            e("item_available", "Sí, hoy tenemos {item} ({price}).", "Yes, we have {item} today ({price})."),
            e("item_not_found", "No tenemos {thing} en el menú.", "We don't have {thing} on the menu."),
            e("sold_out_mark", "agotado", "sold out"),
            e("location_day", "{when} estamos en {place}.", "{when} we are at {place}."),
            e("location_none", "{when} no salimos con el carrito.", "{when} we are not out with the truck."),
            e("flow_cancelled", "Listo, cancelé el pedido. ¿Te ayudo con algo más?", "Done, I cancelled it. Anything else?"),
            e("flow_done", "¡Listo! Tu pedido quedó registrado. Te avisamos cualquier novedad.", "Done! Your order is in. We'll let you know if anything comes up."),
            e("flow_declined", "Está bien, no lo confirmo. Si querés cambiar algo, escribime qué.", "Okay, I won't confirm it. If you want to change something, tell me what."),
            e("hint_integer", "Escribime un número, por ejemplo 2.", "Please write a number, for example 2."),
            e("hint_phone", "Ese teléfono no parece completo. Escribilo con números, por ejemplo 8888 0000.", "That phone number looks incomplete. Please write it in digits, e.g. 8888 0000."),
            e("hint_choice", "Elegí una de estas opciones: {choices}.", "Please choose one of: {choices}."),
            e("hint_menu_item", "No encontré eso en el menú. Probá con el nombre de un producto.", "I couldn't find that on the menu. Try the name of an item."),
            e("hint_order_items", "No entendí qué productos querés. Por ejemplo: \"2 tacos al pastor y una coca\".", "I didn't catch the items. For example: \"2 tacos al pastor and a coke\"."),
            e("hint_quantity", "Esa cantidad no me cuadra. ¿Cuántos querés?", "That quantity doesn't look right. How many would you like?"),
            e("hint_text", "¿Me lo escribís de nuevo?", "Could you write it again?"),
            e("hint_confirm", "¿Confirmamos? Respondé sí o no.", "Shall I confirm? Please answer yes or no."),
            e("confirm_default", "Tu pedido: {items}. Total: {total}. ¿Confirmamos?", "Your order: {items}. Total: {total}. Shall I confirm?"),
            e("handoff_subject", "Un cliente pide hablar con una persona", "A customer asks to talk to a person"),
            e("complaint_subject", "Queja de un cliente", "Customer complaint"),
            e("order_subject", "Pedido nuevo", "New order"));

    private static Map.Entry<String, String[]> e(String key, String es, String en) {
        return Map.entry(key, new String[] {es, en});
    }

    static String get(String key, String lang) {
        String[] t = TEXTS.get(key);
        if (t == null) throw new IllegalArgumentException("no built-in text " + key);
        return "en".equals(lang) ? t[1] : t[0];
    }

    /** "a, b y c" / "a, b and c". */
    static String joinList(List<String> items, String lang) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        String last = items.get(items.size() - 1);
        String head = String.join(", ", items.subList(0, items.size() - 1));
        String and = "en".equals(lang) ? " and " : (Message.normalize(last).startsWith("i") ? " e " : " y ");
        return head + and + last;
    }

    /** Replace {key} markers with values; unknown markers are left for the next renderer. */
    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (var v : values.entrySet()) out = out.replace("{" + v.getKey() + "}", v.getValue() == null ? "" : v.getValue());
        return out;
    }
}
