package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.MenuItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prices, categories, tags, best sellers, availability and the whole menu, in the business currency. */
class MenuTest {

    @Test
    void priceOfAnItemByAliasInCordobas() {
        ChatResponse r = Chat.wednesday().say("cuanto cuesta el de pastor?");
        assertThat(r.intent()).isEqualTo("menu");
        assertThat(r.source().kind()).isEqualTo("menu");
        assertThat(r.source().id()).isEqualTo("taco-pastor");
        assertThat(r.text()).isEqualTo("Taco al pastor cuesta C$ 25.00.");
        assertThat(r.replies().get(0).quickReplies()).startsWith("Hacer pedido");
    }

    @Test
    void aPriceQuestionNamingNothingIsAskedBack() {
        // "cuánto" is in the wait-time FAQ's phrasings too: the bare question is about a price, of what?
        for (String text : List.of("cuanto cuesta?", "precio?", "y cuanto es", "how much is it")) {
            ChatResponse r = Chat.wednesday().say(text);
            assertThat(r.intent()).as(text).isEqualTo("menu");
            assertThat(r.source().id()).as(text).isEqualTo("price_which");
        }
        assertThat(Chat.wednesday().say("cuanto cuesta?").text()).startsWith("¿El precio de qué? Decime el producto, por ejemplo «¿cuánto cuesta el taco al pastor?»");
        assertThat(Chat.wednesday().say("how much is it").text()).startsWith("The price of what?");
        // right after an item it is that item's price; anything else named is asked as before
        Chat chat = Chat.wednesday();
        chat.say("que es el taco de nopal?");
        assertThat(chat.say("y cuanto cuesta?").source().id()).isEqualTo("taco-nopal");
        assertThat(Chat.wednesday().say("cuanto cuesta el de pastor?").source().id()).isEqualTo("taco-pastor");
        assertThat(Chat.wednesday().say("cuanto tiempo tardan?").source().id()).isNotEqualTo("price_which");
    }

    @Test
    void anEnglishWordThatBeginsAsTheOwnersSpanishTagFindsIt() {
        // "vegan" is in the built-in group of "vegano" and begins as it does (not as "vegetariano", in the same group)
        assertThat(new Taqueria().say("any vegan tacos?").text()).isEqualTo("In Tacos, options (vegano): Taco de hongos al ajillo (C$ 55.00).");
        // "spicy" is not taken for the tag: the owner's salsas FAQ answers "is it spicy?"
        assertThat(new Taqueria().say("is it spicy?").source().id()).isEqualTo("picante");
        // the vegetarian group holds "vegano" too: "vegetarian" still finds the vegetarian tag, not the vegan one
        assertThat(new Taqueria().say("do you have vegetarian options?").source().id()).isEqualTo("tag:vegetariano");
        // "incluye" asks what the item comes with
        assertThat(new Taqueria().say("el precio del combo incluye bebida?").text()).startsWith("Sí, Combo El Güero lleva bebida.");
    }

    @Test
    void aMenuOfSomethingTheBusinessNeverNamesIsNotTheWholeMenu() {
        for (String text : List.of("tienen menu para niños?", "tienen menu infantil?", "do you have a kids menu?")) {
            ChatResponse r = new Taqueria().say(text);
            assertThat(r.source().id()).as(text).isEqualTo("unknown_thing");
        }
        assertThat(new Taqueria().say("tienen menu infantil?").text()).startsWith("No tengo información sobre «menu infantil».");
        // the menu itself, and a menu of a tag, stay what they were
        assertThat(new Taqueria().say("tienen menu?").source().id()).isEqualTo("menu");
        assertThat(new Taqueria().say("me pasas el menu?").source().id()).isEqualTo("menu");
        assertThat(new Taqueria().say("tienen menu vegetariano?").source().id()).isEqualTo("tag:vegetariano");
    }

    @Test
    void somethingNoTextOfTheBusinessSaysAboutAnItemIsNotKnown() {
        // "cuantas calorias tiene el burrito" got the catering FAQ ("cuanto cuesta una taquiza para 50 personas")
        ChatResponse r = new Taqueria().say("cuantas calorias tiene el burrito");
        assertThat(r.source().id()).isEqualTo("burrito-asada");
        assertThat(r.text()).startsWith("No tengo información sobre «calorias». Burrito de asada: C$ 150.00.");
        // what the owner's texts do say still goes to them
        assertThat(new Taqueria().say("de quien es la receta del pastor?").source().id()).isNotEqualTo("unknown_thing");
    }

    @Test
    void aRecommendationForHowManyEatIsTheBestSellers() {
        // "para 2 personas" got the catering FAQ, "para 2" and "recomiendame algo" the fallback
        for (String text : List.of("me recomendas algo para 2", "que me recomiendas para 2 personas",
                "recomiendame algo para compartir", "recomiendame algo")) {
            assertThat(new Taqueria().say(text).source().id()).as(text).isEqualTo("best_sellers");
        }
        assertThat(new Taqueria().say("recomiendame un dentista").intent()).isEqualTo("fallback");
    }

    @Test
    void aSidesNameRightAfterAnItemIsWhatTheItemMayComeWith() {
        // "y lleva guacamole?" after the burrito got the Guacamole extra side
        for (String text : List.of("y lleva guacamole?", "trae guacamole?", "y con guacamole?")) {
            Taqueria t = new Taqueria();
            t.say("cuanto cuesta el burrito");
            ChatResponse r = t.say(text);
            assertThat(r.source().id()).as(text).isEqualTo("burrito-asada");
            assertThat(r.text()).as(text).startsWith("Sí, Burrito de asada lleva guacamole.");
        }
        for (String text : List.of("does it come with guacamole?", "does it have guac")) {
            Taqueria t = new Taqueria();
            t.say("how much for the burrito");
            assertThat(t.say(text).text()).as(text).startsWith("Yes, Burrito de asada comes with guacamole.");
        }
        // the side asked for by itself is still the side
        Taqueria side = new Taqueria();
        side.say("cuanto cuesta el burrito");
        assertThat(side.say("y el guacamole?").source().id()).isEqualTo("guacamole");
        // another item named before the joiner is what is asked about, not the last one
        Taqueria other = new Taqueria();
        other.say("cuanto cuesta el burrito");
        assertThat(other.say("el taco al pastor trae queso?").source().id()).isEqualTo("taco-pastor");
    }

    @Test
    void aKindOfDishWithWhatItComesWithOrAVarietyItIsNot() {
        // the example business: burritos de asada and vegetariano (both with guacamole, neither with queso), the
        // shrimp only as a taco
        assertThat(new Taqueria().say("tienen burrito con queso?").text()).isEqualTo("En el menú, ninguno de nuestros Burritos menciona queso. "
                + "En Burritos tenemos: Burrito de asada (C$ 150.00) y Burrito vegetariano (C$ 130.00).");
        ChatResponse guac = new Taqueria().say("el burrito lleva guacamole?");
        assertThat(guac.source().id()).isEqualTo("category:Burritos");
        assertThat(guac.text()).isEqualTo("En Burritos, con guacamole: Burrito de asada (C$ 150.00) y Burrito vegetariano (C$ 130.00).");
        assertThat(new Taqueria().say("el de asada lleva cebolla?").text()).startsWith("Sí, Taco de carne asada lleva cebolla. Res a la plancha");
        // a description is not every ingredient: what it does not say is not a "no"
        assertThat(new Taqueria().say("el taco al pastor trae queso?").text())
                .isEqualTo("La descripción de Taco al pastor no menciona queso: Cerdo marinado al trompo con piña, cebolla y cilantro.");
        // right after the burritos "el de asada" is the burrito; a follow-up asks about the last item
        Taqueria burritos = new Taqueria();
        burritos.say("el burrito lleva guacamole?");
        assertThat(burritos.say("y el de asada lleva cebolla?").text()).startsWith("La descripción de Burrito de asada no menciona cebolla:");
        Taqueria taco = new Taqueria();
        taco.say("el de asada lleva cebolla?");
        assertThat(taco.say("y trae cilantro?").text()).startsWith("Sí, Taco de carne asada lleva cilantro.");
        assertThat(new Taqueria().say("does the burrito come with guacamole?").text()).startsWith("In Burritos, with guacamole:");
        ChatResponse shrimp = new Taqueria().say("hay quesadilla de camaron?");
        assertThat(shrimp.source().id()).isEqualTo("category:Quesadillas");
        assertThat(shrimp.text()).startsWith("No tenemos quesadilla de camaron en el menú. En Quesadillas tenemos: Quesadilla de queso");
        // what is there stays a yes; a combo "de tacos" says tacos; a thing no dish says gets no yes or no from here
        assertThat(new Taqueria().say("tienen quesadilla de pollo?").text()).isEqualTo("Sí, hoy tenemos Quesadilla de pollo (C$ 90.00).");
        assertThat(new Taqueria().say("hay taco de camaron?").source().id()).isEqualTo("taco-camaron");
        assertThat(new Taqueria().say("tienen combo de tacos?").source().id()).isEqualTo("combo-guero");
        assertThat(new Taqueria().say("el taco al pastor trae chocolate?").text()).doesNotStartWith("No");
        // "tiene X?" right after an item asks about it, whether a dish says X or none does
        Taqueria asada = new Taqueria();
        asada.say("cuanto cuesta el de asada");
        assertThat(asada.say("tiene cebolla?").text()).startsWith("Sí, Taco de carne asada lleva cebolla.");
        Taqueria flan = new Taqueria();
        flan.say("cuanto cuesta el flan");
        assertThat(flan.say("tiene huevo?").text()).isEqualTo("La descripción de Flan napolitano no menciona huevo: Flan casero de vainilla.");
        // a tag gets the tag's answer, a thing in the item's own name the item's answer
        assertThat(new Taqueria().say("el de camaron trae picante?").text()).startsWith("Sí, Taco de camarón es picante.");
        assertThat(new Taqueria().say("los churros traen cajeta?").text()).startsWith("Churros con cajeta: C$ 60.00.");
    }

    @Test
    void cheapestAndDearestAmongWhatIsNamedOrTheLastItemsCategory() {
        Chat chat = Chat.wednesday();
        ChatResponse cheap = chat.say("cual es el taco mas barato");
        assertThat(cheap.intent()).isEqualTo("menu");
        assertThat(cheap.source().id()).isEqualTo("taco-nopal");
        assertThat(cheap.text()).isEqualTo("Lo más barato es Taco de nopal (C$ 20.00).");
        // the follow-up stays among the tacos
        assertThat(chat.say("y el mas caro?").text()).isEqualTo("Lo más caro es Taco al pastor (C$ 25.00).");
        // the whole menu, without what is sold out (the burrito, C$ 60)
        assertThat(Chat.wednesday().say("q es lo mas caro q tienen").text())
                .isEqualTo("Lo más caro es Quesadilla de queso (C$ 40.00).");
        assertThat(Chat.wednesday().say("algo vegetariano mas economico?").source().id()).isEqualTo("horchata");
        assertThat(Chat.wednesday().say("what's the cheapest drink").text())
                .isEqualTo("The cheapest is Agua purificada (C$ 10.50).");
        // nothing named is available: the ordinary answer, not a "cheapest" over nothing
        assertThat(Chat.wednesday().say("el burrito mas barato").text()).doesNotContain("barato");
    }

    @Test
    void aTagWithinACategoryListsOnlyThoseItems() {
        ChatResponse veg = Chat.wednesday().say("tienen tacos vegetarianos?");
        assertThat(veg.source().id()).isEqualTo("category:Tacos");
        assertThat(veg.text()).isEqualTo("En Tacos, opciones vegetariano: Taco de nopal (C$ 20.00).");
        assertThat(Chat.wednesday().say("do you have vegetarian tacos").text())
                .isEqualTo("In Tacos, options (vegetariano): Taco de nopal (C$ 20.00).");
        assertThat(Chat.wednesday().say("tacos sin picante?").text())
                .isEqualTo("En Tacos, sin picante: Taco de pollo (C$ 22.00) y Taco de nopal (C$ 20.00).");
        // "no tienen picante" names the tag to avoid, however many words stand between
        assertThat(Chat.wednesday().say("que tacos no tienen picante").text())
                .isEqualTo("En Tacos, sin picante: Taco de pollo (C$ 22.00) y Taco de nopal (C$ 20.00).");
        assertThat(Chat.wednesday().say("hay bebidas vegetarianas").text()).contains("Agua de horchata").doesNotContain("Coca");
        // the feminine of the tag ("bebida vegana" for the tag "vegano")
        assertThat(Chat.wednesday().say("tienen alguna bebida vegana?").text()).contains("Agua purificada").doesNotContain("Coca");
        assertThat(Chat.wednesday().say("tienen postres veganos?").text())
                .isEqualTo("En Postres por ahora no tenemos opciones vegano.");
        // the category alone still lists it all
        assertThat(Chat.wednesday().say("q tacos tienen").text()).contains("Taco al pastor", "Taco de nopal");
    }

    @Test
    void theBestOfACategoryIsItsBestSellers() {
        assertThat(Chat.wednesday().say("what's the best taco").text()).isEqualTo("Our best sellers: Taco al pastor (C$ 25.00).");
        assertThat(Chat.wednesday().say("cual es la mejor bebida").text()).isEqualTo("Lo más pedido: Agua de horchata (C$ 15.00).");
        // a category without best sellers lists itself
        assertThat(Chat.wednesday().say("cual es el mejor postre").text()).startsWith("En Postres tenemos: Churros con cajeta");
    }

    @Test
    void decimalPricesKeepTheirCents() {
        assertThat(Chat.wednesday().say("a cuanto el agua pura").text()).contains("C$ 10.50");
    }

    @Test
    void categoryListsItsItemsWithPrices() {
        ChatResponse r = Chat.wednesday().say("q bebidas tienen");
        assertThat(r.intent()).isEqualTo("menu");
        assertThat(r.source().id()).isEqualTo("category:Bebidas");
        assertThat(r.text()).contains("Coca-Cola 600 ml (C$ 20.00)", "Agua de horchata (C$ 15.00)").doesNotContain("Taco");
        assertThat(Chat.wednesday().say("q tenés de tomar?").source().id()).isEqualTo("category:Bebidas");
    }

    @Test
    void tagFindsVegetarianItemsEvenInAnotherGender() {
        ChatResponse r = Chat.wednesday().say("tenés algo vegetariana?");
        assertThat(r.source().id()).isEqualTo("tag:vegetariano");
        assertThat(r.text()).contains("Taco de nopal", "Quesadilla de queso").doesNotContain("pastor");
    }

    @Test
    void aTagTheCustomerWantsToAvoidListsTheRestOfThoseCategories() {
        for (String text : List.of("tienen algo sin picante?", "tenes algo que no sea picante", "recomendame algo no tan picante",
                "algo sin picante porfa")) {
            ChatResponse r = Chat.wednesday().say(text);
            assertThat(r.source().id()).as(text).isEqualTo("tag:-picante");
            // the tacos that are not spicy; no drinks, no dessert (no item there could be spicy)
            assertThat(r.text()).as(text).contains("Taco de pollo", "Taco de nopal").doesNotContain("pastor", "Coca", "Churros");
        }
        // still a list of the spicy ones when that is what is asked
        assertThat(Chat.wednesday().say("que tienen picante?").source().id()).isEqualTo("tag:picante");
        // without a list cue it is not a menu question: never the spicy list
        assertThat(Chat.wednesday().say("no quiero nada picante").source().id()).isNotEqualTo("tag:picante");
        assertThat(Chat.wednesday().say("le pueden poner menos picante?").source().id()).isNotEqualTo("tag:picante");
    }

    @Test
    void bestSellers() {
        ChatResponse r = Chat.wednesday().say("que es lo mas vendido?");
        assertThat(r.source().id()).isEqualTo("best_sellers");
        assertThat(r.text()).contains("Taco al pastor", "Agua de horchata").doesNotContain("pollo");
    }

    @Test
    void aRecommendationWithinATagOrCategoryStaysInside() {
        assertThat(Chat.wednesday().say("me recomendas algo sin carne?").source().id()).isEqualTo("tag:vegetariano");
        // the drinks' best seller, not every drink
        assertThat(Chat.wednesday().say("que bebida me recomiendas").text()).isEqualTo("Lo más pedido: Agua de horchata (C$ 15.00).");
        assertThat(Chat.wednesday().say("que es lo que mas piden").source().id()).isEqualTo("best_sellers");
    }

    @Test
    void aPriceQuestionAboutSeveralItemsAddsThemUp() {
        ChatResponse r = Chat.wednesday().say("cuanto es 2 de pastor y 1 horchata?");
        assertThat(r.intent()).isEqualTo("menu");
        assertThat(r.text()).isEqualTo("2 × Taco al pastor (C$ 50.00) + 1 × Agua de horchata (C$ 15.00) = C$ 65.00.");
        assertThat(Chat.wednesday().say("how much for 3 pastor tacos").text()).endsWith("= C$ 75.00.");
        // one of one item is its price, not a sum
        assertThat(Chat.wednesday().say("cuanto cuesta el de pastor?").text()).isEqualTo("Taco al pastor cuesta C$ 25.00.");
    }

    @Test
    void aMentionOfTwoItemsWithOnePriceStillAddsUp() {
        BusinessFolder base = Carrito.folder();
        List<MenuItem> menu = new java.util.ArrayList<>(base.menu());
        menu.add(new MenuItem("coca-zero", "Coca-Cola sin azúcar 600 ml", "Bebidas", new java.math.BigDecimal("20"),
                "Sin azúcar", true, List.of(), false, false, List.of("coca", "coca zero")));
        ChatEngine engine = Carrito.engine(Carrito.with(base.faqs(), menu, base.intentExamples()), n -> {});
        assertThat(engine.handle(new ChatRequest("web", "c1", "cuanto es 2 de pastor y una coca?")).text())
                .isEqualTo("2 × Taco al pastor (C$ 50.00) + 1 × Coca-Cola 600 ml o Coca-Cola sin azúcar 600 ml (C$ 20.00) = C$ 70.00.");
        assertThat(engine.handle(new ChatRequest("web", "c2", "cuanto son 2 cocas")).text())
                .isEqualTo("2 × Coca-Cola 600 ml o Coca-Cola sin azúcar 600 ml (C$ 40.00) = C$ 40.00.");
        // different prices: no sum that could be wrong
        assertThat(Chat.wednesday().say("cuanto es 2 de pastor y un agua?").text()).doesNotContain("=");
    }

    @Test
    void thePriceOfAWouldBeOrderWithoutAQuestionMarkIsAnsweredNotOrdered() {
        ChatResponse r = Chat.wednesday().say("cuanto es 3 de pastor y 2 horchatas");
        assertThat(r.intent()).isEqualTo("menu");
        assertThat(r.flow()).isNull();
        assertThat(r.text()).isEqualTo("3 × Taco al pastor (C$ 75.00) + 2 × Agua de horchata (C$ 30.00) = C$ 105.00.");
        // saying they want them is an order, price question or not
        assertThat(Chat.wednesday().say("quiero 3 de pastor, cuanto es?").flow()).isNotNull();
        assertThat(Chat.wednesday().say("2 tacos al pastor y una horchata").flow()).isNotNull();
        // also when the owner's order examples look like the message ("mandame 3 de pastor" in intents.yaml)
        // owner intents are not compiled into the bundle: the shared one serves
        ChatEngine engine = Carrito.engine(Carrito.with(Carrito.faqs(), Carrito.menu(),
                Map.of("order", List.of("mandame 3 de pastor y 2 horchatas"))), Carrito.bundle(), n -> {});
        ChatResponse asked = engine.handle(new ChatRequest("web", "p1", "cuanto es 3 de pastor y 2 horchatas"));
        assertThat(asked.flow()).isNull();
        assertThat(asked.text()).endsWith("= C$ 105.00.");
        assertThat(engine.handle(new ChatRequest("web", "p2", "mandame 3 de pastor y 2 horchatas")).flow()).isNotNull();
    }

    @Test
    void aDishOfACategoryThatIsNotOnTheMenuIsSaidBeforeTheList() {
        ChatResponse r = Chat.wednesday().say("tienen tacos de birria?");
        assertThat(r.source().id()).isEqualTo("category:Tacos");
        assertThat(r.text()).startsWith("No tenemos tacos de birria en el menú. En Tacos tenemos:");
        assertThat(Chat.wednesday().say("tienen tacos?").text()).startsWith("En Tacos tenemos:");
    }

    @Test
    void customerWordsForACategoryFindIt() {
        assertThat(Chat.wednesday().say("tienen gaseosas?").source().id()).isEqualTo("category:Bebidas");
        assertThat(Chat.wednesday().say("hay chescos").source().id()).isEqualTo("category:Bebidas");
        assertThat(Chat.wednesday().say("do you have sodas?").source().id()).isEqualTo("category:Bebidas");
    }

    @Test
    void soldOutAndAvailable() {
        ChatResponse soldOut = Chat.wednesday().say("se acabó el burrito?");
        assertThat(soldOut.source().id()).isEqualTo("burrito-res");
        assertThat(soldOut.text()).isEqualTo("Hoy se nos acabó Burrito de res, perdón.");
        assertThat(Chat.wednesday().say("todavia hay horchata?").text()).isEqualTo("Sí, hoy tenemos Agua de horchata (C$ 15.00).");
    }

    @Test
    void askedWhetherItIsGoneTheAnswerForAnAvailableItemIsNo() {
        assertThat(Chat.wednesday().say("se acabo la horchata?").text())
                .isEqualTo("No, todavía tenemos Agua de horchata (C$ 15.00).");
        assertThat(Chat.wednesday().say("are you out of horchata?").text())
                .isEqualTo("No, we still have Agua de horchata (C$ 15.00).");
        assertThat(Chat.wednesday().say("se termino el burrito?").text()).isEqualTo("Hoy se nos acabó Burrito de res, perdón.");
    }

    @Test
    void wholeMenuGroupedByCategoryMarksSoldOut() {
        ChatResponse r = Chat.wednesday().say("ver menú");
        assertThat(r.source().id()).isEqualTo("menu");
        assertThat(r.text()).startsWith("Este es nuestro menú:")
                .contains("Tacos: Taco al pastor (C$ 25.00)", "Burritos: Burrito de res (C$ 60.00, agotado)", "Postres: Churros");
        assertThat(Chat.wednesday().say("me pasas la carta").source().id()).isEqualTo("menu");
    }

    @Test
    void misspelledNamesReachItemsThroughTheOrderParser() {
        ChatResponse r = Chat.wednesday().say("how much are the churos?");
        assertThat(r.lang()).isEqualTo("en");
        assertThat(r.source().id()).isEqualTo("churros");
        assertThat(r.text()).isEqualTo("Churros con cajeta costs C$ 25.00.");
        assertThat(Chat.wednesday().say("cuanto vale la horchatta?").source().id()).isEqualTo("horchata");
        assertThat(Chat.wednesday().say("hay quesadiya?").text()).startsWith("Sí, hoy tenemos Quesadilla de queso");
    }

    @Test
    void itemWithoutAQuestionGivesPriceAndDescription() {
        ChatResponse r = Chat.wednesday().say("la quesadilla");
        assertThat(r.text()).isEqualTo("Quesadilla de queso: C$ 40.00. Tortilla de harina con queso Oaxaca.");
    }

    @Test
    void dishesAreFoundByWhatTheirDescriptionsSay() {
        ChatResponse pina = Chat.wednesday().say("tienen algo con pina?");
        assertThat(pina.intent()).isEqualTo("menu");
        assertThat(pina.text()).isEqualTo("Con pina tenemos: Taco al pastor (C$ 25.00).");
        assertThat(Chat.wednesday().say("hay algo con queso").text())
                .isEqualTo("Con queso tenemos: Taco de nopal (C$ 20.00) y Quesadilla de queso (C$ 40.00).");
        assertThat(Chat.wednesday().say("tienen frijoles?").text())
                .isEqualTo("Con frijoles tenemos: Burrito de res (C$ 60.00, agotado).");
        // within a category, only its dishes
        assertThat(Chat.wednesday().say("que tacos llevan queso").text()).isEqualTo("En Tacos, con queso: Taco de nopal (C$ 20.00).");
        // what the customer wants left out is no ingredient to list
        assertThat(Chat.wednesday().say("tienen algo sin queso?").text()).doesNotStartWith("Con queso");
        // "algo dulce" is the desserts (a built-in word for the category)
        assertThat(Chat.wednesday().say("tienen algo dulce?").source().id()).isEqualTo("category:Postres");
        assertThat(Chat.wednesday().say("do you have something sweet").source().id()).isEqualTo("category:Postres");
        // an item named outright keeps its own answer
        assertThat(Chat.wednesday().say("el pastor lleva piña?").source().id()).isEqualTo("taco-pastor");
    }

    @Test
    void aVarietyTheMenuLacksIsNotAYes() {
        // a word the business never uses right after the item's name
        ChatResponse agua = Chat.wednesday().say("hay agua mineral?");
        assertThat(agua.source().id()).isEqualTo("agua");
        assertThat(agua.text()).isEqualTo("No tenemos agua mineral en el menú. Tenemos Agua purificada (C$ 10.50).");
        // "de" and what the item's texts do not say (another item's word, or a foreign one)
        assertThat(Chat.wednesday().say("tienen burrito de pollo?").text())
                .isEqualTo("No tenemos burrito de pollo en el menú. Tenemos Burrito de res (C$ 60.00, agotado).");
        // a tag the item lacks: no "we have it"
        assertThat(Chat.wednesday().say("tienen pastor vegano?").text()).startsWith("No, Taco al pastor no es vegano.");
        // what the item is, or a word of asking, keeps the plain answer
        assertThat(Chat.wednesday().say("hay horchata?").text()).isEqualTo("Sí, hoy tenemos Agua de horchata (C$ 15.00).");
        assertThat(Chat.wednesday().say("tienen taco de pollo?").text()).startsWith("Sí, hoy tenemos Taco de pollo");
        assertThat(Chat.wednesday().say("is the horchata available").text()).doesNotContain("We don't have");
        assertThat(Chat.wednesday().say("tienen pollo vegetariano?").text()).startsWith("No, Taco de pollo no es vegetariano.");
    }
}
