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
            e("category_tag_header", "En {category}, opciones {tag}:", "In {category}, options ({tag}):"),
            e("category_without_header", "En {category}, sin {tag}:", "In {category}, not {tag}:"),
            e("category_tag_none", "En {category} por ahora no tenemos opciones {tag}.", "We don't have {tag} options in {category} right now."),
            e("category_all_tag", "En {category} por ahora todo es {tag}.", "Right now everything in {category} is {tag}."),
            e("tag_without_header", "Sin {tag}:", "Not {tag}:"),
            e("tag_without_none", "Por ahora todo lo que tenemos de eso es {tag}.", "Right now everything of that kind is {tag}."),
            e("tag_none", "Por ahora no tenemos opciones {tag}.", "We don't have {tag} options right now."),
            e("best_header", "Lo más pedido:", "Our best sellers:"),
            e("cheapest", "Lo más barato es {items}.", "The cheapest is {items}."),
            e("priciest", "Lo más caro es {items}.", "The most expensive is {items}."),
            e("item_price", "{item} cuesta {price}.", "{item} costs {price}."),
            e("item_sold_out", "Hoy se nos acabó {item}, perdón.", "Sorry, {item} is sold out today."),
            e("item_available", "Sí, hoy tenemos {item} ({price}).", "Yes, we have {item} today ({price})."),
            e("item_still_available", "No, todavía tenemos {item} ({price}).", "No, we still have {item} ({price})."),
            e("ingredient_header", "Con {thing} tenemos:", "With {thing} we have:"),
            e("category_without_ingredient", "En el menú, ninguno de nuestros {category} menciona {thing}.", "On the menu, none of our {category} mentions {thing}."),
            e("ingredient_yes", "Sí, {item} lleva {thing}.", "Yes, {item} comes with {thing}."),
            e("ingredient_not_mentioned", "La descripción de {item} no menciona {thing}:", "The description of {item} doesn't mention {thing}:"),
            e("category_ingredient_header", "En {category}, con {thing}:", "In {category}, with {thing}:"),
            e("unknown_thing", "No tengo información sobre «{thing}».", "I don't have any information about \"{thing}\"."),
            e("price_which", "¿El precio de qué? Decime el producto, por ejemplo «¿cuánto cuesta el {example}?», o pedime el menú para verlo todo con precios.",
                    "The price of what? Tell me the item, e.g. \"how much is the {example}?\", or ask for the menu to see everything with prices."),
            e("item_not_found", "No tenemos {thing} en el menú.", "We don't have {thing} on the menu."),
            e("sold_out_mark", "agotado", "sold out"),
            e("location_day", "{when} estamos en {place}.", "{when} we are at {place}."),
            e("identity", "Soy el asistente virtual de {name}: te ayudo con el menú, los horarios, dónde estamos y los pedidos.",
                    "I'm {name}'s virtual assistant: I can help with the menu, our hours, where we are and orders."),
            e("ask_address", "¿A qué dirección te lo llevamos? (barrio, calle y alguna referencia)",
                    "What address should we deliver to? (area, street and a landmark)"),
            e("nothing_to_cancel", "No tenés ningún pedido en curso, así que no hay nada que cancelar. ¿Querés ver el menú?",
                    "You have no order in progress, so there is nothing to cancel. Would you like to see the menu?"),
            e("minimum_order", "Para delivery el pedido mínimo es {currency} {delivery_minimum}.",
                    "The minimum order for delivery is {currency} {delivery_minimum}."),
            e("delivery_to", "Lo llevamos a: {address}.", "We'll deliver to: {address}."),
            e("order_so_far", "Hasta ahora: {items} — total {total}.", "So far: {items}, total {total}."),
            e("order_later", "Para encargar para otro día u hora, mejor confirmalo con el equipo: ellos te dicen si se puede.",
                    "To order for another day or time, best check with the team: they'll tell you if it can be done."),
            e("pickup_coming", "¡Dale, te esperamos!", "Great, see you soon!"),
            e("pickup_yes", "¡Claro! Podés pedir por aquí y pasar a recogerlo; te lo tenemos listo.", "Sure! You can order here and pick it up; we'll have it ready."),
            e("pickup_place", "Hoy estamos en {place}.", "Today we are at {place}."),
            e("closed_day_note", "{closed} Los demás días:", "{closed} On other days:"),
            e("location_named", "Estamos en {place_days} {days}.", "We are at {place_days} {days}."),
            e("location_named_today", "Hoy estamos ahí.", "We are there today."),
            e("location_named_elsewhere", "Hoy estamos en {today}.", "Today we are at {today}."),
            e("location_named_yes", "Sí, {when} estamos en {place}.", "Yes, {when} we are at {place}."),
            e("location_named_no", "{When} no: estamos en {other}. En {place_days} estamos {days}.", "Not {when}: we are at {other}. We are at {place_days} {days}."),
            e("location_named_off", "{When} no salimos con el carrito. En {place_days} estamos {days}.", "{When} we are not out with the truck. We are at {place_days} {days}."),
            e("location_none", "{when} no salimos con el carrito.", "{when} we are not out with the truck."),
            e("flow_cancelled", "Listo, cancelé el pedido: no quedó nada registrado. ¿Te ayudo con algo más?", "Done, I cancelled it: nothing was ordered. Anything else?"),
            e("flow_done", "¡Listo! Tu pedido quedó registrado. Te avisamos cualquier novedad.", "Done! Your order is in. We'll let you know if anything comes up."),
            e("flow_declined", "Está bien, todavía no lo confirmo. ¿Qué querés cambiar? Por ejemplo: \"cambiá el nombre a Ana\", \"agregale una horchata\" o \"quitá la coca\". Si ya no lo querés, escribí \"cancelar\".", "Okay, I won't confirm it yet. What would you like to change? For example: \"change the name to Ana\", \"add a horchata\" or \"remove the coke\". If you don't want it any more, write \"cancel\"."),
            e("order_confirmed", "¡Listo! Tu pedido {ref} quedó confirmado. Te avisamos cualquier novedad.", "Done! Your order {ref} is confirmed. We'll let you know if anything comes up."),
            e("order_already_confirmed", "Tu pedido ya está confirmado, no hace falta repetirlo. ¿Te ayudo con algo más?",
                    "Your order is already in, no need to say it again. Anything else I can help with?"),
            e("order_confirmed_noref", "¡Listo! Tu pedido quedó confirmado. Te avisamos cualquier novedad.", "Done! Your order is confirmed. We'll let you know if anything comes up."),
            e("order_failed", "Perdón, no pude registrar el pedido por un problema de nuestro lado. ¿Lo intento de nuevo? Respondé sí.", "Sorry, I couldn't save the order because of a problem on our side. Shall I try again? Answer yes."),
            e("delivery_minimum", "Para delivery el pedido mínimo es {minimum} y tu pedido suma {subtotal}: te faltan {missing}. ¿Querés agregar algo más o preferís pasar a recogerlo?", "The delivery minimum is {minimum} and your order comes to {subtotal}: {missing} to go. Would you like to add something, or pick it up instead?"),
            e("no_delivery", "Por ahora no hacemos delivery; lo dejamos listo para que pases a recogerlo.", "We don't deliver for now; we'll have it ready for you to pick up."),
            e("hint_minimum", "Decime qué más agregar (por ej. \"2 horchatas\") o escribí \"paso a recoger\".", "Tell me what to add (e.g. \"2 horchatas\") or write \"I'll pick it up\"."),
            e("total_delivery", "{total} (subtotal {subtotal} + envío {fee})", "{total} (subtotal {subtotal} + delivery {fee})"),
            e("changed_name", "Listo, el pedido queda a nombre de {name}.", "Done, the order is now under {name}."),
            e("changed_phone", "Listo, anoté el teléfono {phone}.", "Done, I noted the phone {phone}."),
            e("changed_payment", "Listo, pagás con {payment}.", "Done, paying by {payment}."),
            e("changed_delivery", "Listo, te lo llevamos a domicilio (envío {fee}).", "Done, we'll deliver it (delivery fee {fee})."),
            e("changed_pickup", "Listo, lo pasás a recoger.", "Done, you'll pick it up."),
            e("changed_items", "Listo, actualicé tu pedido.", "Done, I updated your order."),
            e("removed_none", "Eso no estaba en tu pedido.", "That wasn't in your order."),
            e("which_line", "¿De cuál producto? Decime, por ejemplo, \"{quantity} de {item}\".", "Which item? Tell me, for example, \"{quantity} {item}\"."),
            e("qty_zero", "¿Cuántos de {item} querés? Escribí un número, por ej. 2.", "How many {item} would you like? Please write a number, e.g. 2."),
            e("qty_max", "Por pedido tomamos hasta {max} de cada producto. ¿Cuántos de {item} querés?", "We take up to {max} of each item per order. How many {item} would you like?"),
            e("qr_pickup", "Paso a recoger", "I'll pick it up"),
            e("hint_integer", "¿Cuántos? Escribí un número, por ej. 2.", "How many? Please write a number, e.g. 2."),
            e("hint_phone", "Ese teléfono no parece completo. Escribilo con números, por ejemplo 8888 0000.", "That phone number looks incomplete. Please write it in digits, e.g. 8888 0000."),
            e("hint_choice", "Elegí una de estas opciones: {choices}.", "Please choose one of: {choices}."),
            e("hint_menu_item", "No encontré eso en el menú. Probá con el nombre de un producto.", "I couldn't find that on the menu. Try the name of an item."),
            e("hint_order_items", "No entendí qué productos querés. Por ejemplo: \"2 tacos al pastor y una coca\".", "I didn't catch the items. For example: \"2 tacos al pastor and a coke\"."),
            e("hint_quantity", "Esa cantidad no me cuadra. ¿Cuántos querés?", "That quantity doesn't look right. How many would you like?"),
            e("hint_text", "¿Me lo escribís de nuevo?", "Could you write it again?"),
            e("hint_confirm", "¿Confirmamos? Respondé sí o no.", "Shall I confirm? Please answer yes or no."),
            e("confirm_default", "Tu pedido: {items}. Total: {total}. ¿Confirmamos?", "Your order: {items}. Total: {total}. Shall I confirm?"),
            e("order_change", "Un pedido ya hecho solo lo puede cambiar o cancelar el equipo.", "Only the team can change or cancel an order that was already placed."),
            e("order_status", "Cómo va un pedido ya hecho lo sabe el equipo.", "The team knows how an order that was placed is coming along."),
            e("order_status_subject", "Un cliente pregunta cómo va su pedido", "A customer asks how their order is coming along"),
            e("order_change_subject", "Un cliente quiere cambiar o cancelar un pedido", "A customer wants to change or cancel an order"),
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
