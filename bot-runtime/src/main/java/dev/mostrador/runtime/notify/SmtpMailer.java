package dev.mostrador.runtime.notify;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends one plain-text email over SMTP with Jakarta Mail, as {@link MailSettings} says. */
@Singleton
public class SmtpMailer {
    private static final String TIMEOUT_MS = "15000";

    private final MailSettings settings;
    private final Session session;

    public SmtpMailer(MailSettings settings) {
        this.settings = settings;
        this.session = settings.enabled() ? session(settings) : null;
    }

    public boolean enabled() {
        return session != null;
    }

    public void send(String recipient, String subject, String body) throws MessagingException {
        if (session == null) throw new MessagingException("BOT_SMTP_HOST is not set");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.sender()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private static Session session(MailSettings s) {
        Properties p = new Properties();
        String protocol = s.security() == MailSettings.Tls.SSL ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", s.host().trim());
        p.put("mail." + protocol + ".port", String.valueOf(s.effectivePort()));
        p.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        p.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        p.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        p.put("mail." + protocol + ".auth", String.valueOf(s.authenticates()));
        if (s.security() == MailSettings.Tls.STARTTLS) {
            // Required, not opportunistic: a server that cannot upgrade must not get the password in clear.
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.security() != MailSettings.Tls.NONE) p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        Authenticator auth = !s.authenticates() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(s.user().trim(), s.password() == null ? "" : s.password());
            }
        };
        return Session.getInstance(p, auth);
    }
}
