package dev.mostrador.core.classify;

import java.util.*;

/** Development probe (not a test): prints the confidence signals for the shop test set. */
public class ShopProbe {
    @SuppressWarnings("unchecked")
    public static void main(String[] a) throws Exception {
        var f = FaqClassifierTest.class.getDeclaredField("FAQ"); f.setAccessible(true);
        var n = FaqClassifierTest.class.getDeclaredField("NOISY"); n.setAccessible(true);
        var o = FaqClassifierTest.class.getDeclaredField("OUT_OF_SCOPE"); o.setAccessible(true);
        Map<String, List<String>> faq = (Map<String, List<String>>) f.get(null);
        List<LabeledText> ex = new ArrayList<>();
        faq.keySet().stream().sorted().forEach(l -> faq.get(l).forEach(t -> ex.add(new LabeledText(l, t))));
        TextEmbedder emb = dev.mostrador.core.match.Embedder.shared()::embed;
        List<FaqClassifier.Signals> held = new ArrayList<>();
        var c = FaqClassifier.train(ex, emb, TrainingOptions.defaults(), held);
        System.out.println("threshold " + c.threshold());
        for (var s : held) System.out.printf("held p1=%.2f nb=%.2f score=%.3f%n", s.p()[s.order()[0]], s.nearestOfBest(), s.score());
        List<String> msgs = new ArrayList<>(((Map<String, String>) n.get(null)).keySet());
        msgs.addAll((List<String>) o.get(null));
        msgs.add("cual es la capital de francia");
        for (String m : msgs) { var s = c.signals(m); System.out.printf("%-45s %s p1=%.2f nb=%.2f score=%.3f%n", m, c.labels().get(s.order()[0]), s.p()[s.order()[0]], s.nearestOfBest(), s.score()); }
    }
}
