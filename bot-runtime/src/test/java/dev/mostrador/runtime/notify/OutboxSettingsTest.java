package dev.mostrador.runtime.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Mail and outbox settings: documented, checked early, and the password never printed. */
class OutboxSettingsTest {
    private static MailSettings settings(String host, String tls) {
        return new MailSettings(host, null, "pedidos@tacoselguero.example", "s3cret-Pass", tls, null,
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    @Test
    void everySettingIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String variable : MailSettings.VARIABLES) {
            assertThat(readme).as("README documents " + variable).contains("`" + variable + "`");
        }
        assertThat(readme).contains("`BOT_ORDERS_DUPLICATE_WINDOW`");
    }

    @Test
    void aTypoInTheTlsModeIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> settings("smtp.example", "startls"))
                .hasMessage("BOT_SMTP_TLS \"startls\" is not one of none, starttls, ssl");
    }

    @Test
    void portsFollowTheTlsModeUnlessSet() {
        assertThat(settings("smtp.example", "ssl").effectivePort()).isEqualTo(465);
        assertThat(settings("smtp.example", "starttls").effectivePort()).isEqualTo(587);
        assertThat(settings("smtp.example", "").security()).isEqualTo(MailSettings.Tls.STARTTLS);
        assertThat(settings("", "none").enabled()).isFalse();
    }

    @Test
    void thePasswordIsNeverPrinted() {
        MailSettings s = settings("smtp.example", "starttls");
        assertThat(s.toString()).isEqualTo("smtp smtp.example:587 starttls as pedidos@tacoselguero.example")
                .doesNotContain("s3cret");
        assertThat(s.sender()).isEqualTo("pedidos@tacoselguero.example");
    }
}
