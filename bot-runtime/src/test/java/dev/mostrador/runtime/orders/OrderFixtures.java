package dev.mostrador.runtime.orders;

import dev.mostrador.runtime.TestDirs;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.port.OrderSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The example business, real SQLite files and real SMTP ports for the order and outbox tests. */
public final class OrderFixtures {
    private OrderFixtures() {}

    public static Path businessDir() {
        Path dir = Path.of(System.getProperty("business.dir", "../business")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("business.yaml"))) throw new IllegalStateException("no example business at " + dir);
        return dir;
    }

    public static Business business() {
        try {
            return BusinessLoader.load(businessDir()).business();
        } catch (Exception e) {
            throw new IllegalStateException("the example business must load", e);
        }
    }

    public static Path tempDataDir(String name) {
        return TestDirs.dir("mostrador-" + name + "-").resolve("data");
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GreenMail smtpServer(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** "2 tacos al pastor y una coca" as the engine hands it over after "sí". */
    public static OrderSink.PlacedOrder tacosAndCoke(String sessionId, Instant at) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("items", "2 × Taco al pastor y 1 × Coca-Cola 600 ml");
        answers.put("name", "Luis");
        answers.put("phone", "88881234");
        answers.put("payment", "efectivo");
        List<OrderSink.Line> lines = List.of(
                new OrderSink.Line("taco-pastor", "Taco al pastor", 2, new BigDecimal("60")),
                new OrderSink.Line("coca-normal", "Coca-Cola 600 ml", 1, new BigDecimal("45")));
        return new OrderSink.PlacedOrder("web", sessionId, "quick_order", answers, lines, new BigDecimal("165"), "NIO", at);
    }

    /** Rows of a query on the SQLite file, each column by its label. */
    public static List<Map<String, Object>> query(Path dataDir, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("bot.db") + "?busy_timeout=5000");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static void execute(Path dataDir, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("bot.db") + "?busy_timeout=5000");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
