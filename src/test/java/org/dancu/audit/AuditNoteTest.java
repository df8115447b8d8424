package org.dancu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class AuditNoteTest {

    @Test
    void aNoteIsStoredAsItsKeyAndArgumentsAndReadBackWhole() {
        String detail = AuditNote.of("audit.note.consent-recorded", 7, "TAX|01", "FULL_NAME", "31/12/2026");
        assertThat(detail).isEqualTo("audit.note.consent-recorded|7|TAX/01|FULL_NAME|31/12/2026");
        assertThat(AuditNote.read(detail)).isEqualTo(new AuditNote("audit.note.consent-recorded",
                List.of("7", "TAX/01", "FULL_NAME", "31/12/2026")));
        assertThat(AuditNote.read(AuditNote.of("audit.note.code-issued")).arguments()).isEmpty();
    }

    @Test
    void freeTextIsNoNote() {
        assertThat(AuditNote.read("shown on the profile of person 1")).isNull();
        assertThat(AuditNote.read(null)).isNull();
        assertThatThrownBy(() -> AuditNote.of("register.person.read")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachReaderGetsTheNoteAndItsLabelsInTheirLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("audit.note.life-event", Locale.ENGLISH, "{0}, event no. {1}");
        messages.addMessage("audit.note.life-event", Locale.forLanguageTag("vi"), "{0}, sự kiện số {1}");
        messages.addMessage("register.event.type.DEATH", Locale.ENGLISH, "Death");
        messages.addMessage("register.event.type.DEATH", Locale.forLanguageTag("vi"), "Khai tử");
        AuditNote note = AuditNote.read(AuditNote.of("audit.note.life-event",
                AuditNote.label("register.event.type.DEATH"), 12));

        assertThat(messages.getMessage(note.key(), note.messageArguments(), Locale.ENGLISH))
                .isEqualTo("Death, event no. 12");
        assertThat(messages.getMessage(note.key(), note.messageArguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Khai tử, sự kiện số 12");
    }

    @Test
    void aListOfLabelsIsReadAsAListInTheReadersLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("audit.note.partner-compared", Locale.ENGLISH, "request {0}; compared: {1}");
        messages.addMessage(AuditNote.AND, Locale.ENGLISH, "{0}, {1}");
        messages.addMessage("exchange.attribute.fullName", Locale.ENGLISH, "Full name");
        messages.addMessage("exchange.attribute.sex", Locale.ENGLISH, "Sex");
        AuditNote note = AuditNote.read(AuditNote.of("audit.note.partner-compared", "r-1",
                AuditNote.labels("exchange.attribute.", List.of("fullName", "sex", "shoeSize"))));

        assertThat(messages.getMessage(note.key(), note.messageArguments(), Locale.ENGLISH))
                .isEqualTo("request r-1; compared: Full name, Sex, shoeSize");
    }
}
