/**
 * Understanding an order written in free text, Spanish first, English too.
 *
 * <ul>
 *   <li>{@link dev.mostrador.core.order.OrderParser#parse}: "dame 3 de pastor, 2 de asada y una coca porfa" →
 *       {@link dev.mostrador.core.order.ParsedOrder}: clear lines, plus everything that must be asked back
 *       (ambiguities, unknown items, sold-out items, bad quantities) and the character spans it used.</li>
 *   <li>{@link dev.mostrador.core.order.OrderParser#continueWith}: the reply to that question ("la normal",
 *       "la primera", "mejor 5") keeps the understood lines; {@link dev.mostrador.core.order.SavedOrder} keeps
 *       a pending order as JSON-able maps between turns.</li>
 *   <li>{@link dev.mostrador.core.order.SlotExtractor}: name, phone, payment method and pickup/delivery in the
 *       same or a later message.</li>
 *   <li>{@link dev.mostrador.core.order.OrderTotal}: exact totals, delivery fee and minimum.
 *       {@link dev.mostrador.core.order.Money}: "C$ 1,250.00".</li>
 *   <li>Inside a flow, read a message in this order: {@link dev.mostrador.core.order.OrderIntent#isCancel},
 *       then {@link dev.mostrador.core.order.OrderIntent#isChange}, then {@link dev.mostrador.core.order.YesNo}.</li>
 * </ul>
 */
package dev.mostrador.core.order;
