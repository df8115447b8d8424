package org.dancu.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dancu.linkage.People.person;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BlockingTest {

    private static final List<PersonRecord> REGISTER = List.of(
            person("1", "Lò Văn Hùng", "011095001234", "1995-03-21", "M", "03124"),
            person("2", "Lò Thị Hương", "011198004321", "1998-07-02", "F", "03130"),
            person("3", "Giàng A Dình", "011087005555", "1987", "M", "03400"),
            person("4", "Nguyễn Thị Mai", "011301006666", "2001-11-30", "F", "03124"));

    private static List<String> candidates(PersonRecord record) {
        return RegisterIndex.build(REGISTER, CommuneMapping.none()).candidateIds(record);
    }

    @Test
    void theSameFamilyNameAloneNeverMakesACandidate() {
        assertThat(candidates(person("r", "Lò Văn Chiến", "", "1960-05-05", "M", "09999"))).isEmpty();
        assertThat(candidates(person("r", "Lò", "", "", "", ""))).isEmpty();
    }

    @Test
    void anExactIdIsACandidateWhateverElseDiffers() {
        assertThat(candidates(person("r", "Quàng Thị Ín", "011095001234", "1950", "F", "09999")))
                .containsExactly("1");
    }

    @Test
    void idHeadWithGivenNameAndIdTailCatchMistypedIds() {
        assertThat(candidates(person("r", "Lo Hung", "011095009999", "", "", ""))).containsExactly("1");
        assertThat(candidates(person("r", "Ai Đó", "019995001234", "", "", ""))).containsExactly("1");
    }

    @Test
    void namesAndDatesMeetThroughTheirRules() {
        assertThat(candidates(person("r", "LO VAN HUNG", "", "1995", "", ""))).as("name + year").containsExactly("1");
        assertThat(candidates(person("r", "Hương Lò Thị", "", "1998", "", ""))).as("reversed").containsExactly("2");
        assertThat(candidates(person("r", "Giàng Dình", "", "1987", "", ""))).as("middle dropped")
                .containsExactly("3");
        assertThat(candidates(person("r", "Nguyen Thi Maii", "", "30/11/2001", "", "03124")))
                .as("date + commune").containsExactly("4");
        assertThat(candidates(person("r", "Trần Văn Hùng", "", "21/03/1995", "", ""))).as("given + date")
                .containsExactly("1");
    }

    @Test
    void oversizedBlocksAreSkipped() {
        List<PersonRecord> many = new ArrayList<>();
        for (int i = 0; i < Reference.BLOCK_CAP + 1; i++) {
            many.add(person("p" + i, "Lò Thị Hương", "", "1990", "F", ""));
        }
        many.add(person("rare", "Tòng Văn Xiêng", "", "1990", "M", ""));
        RegisterIndex index = RegisterIndex.build(many, CommuneMapping.none());
        assertThat(index.candidateIds(person("r", "Lò Thị Hương", "", "1990", "", ""))).isEmpty();
        assertThat(index.candidateIds(person("r", "Tong Van Xieng", "", "1990", "", ""))).containsExactly("rare");
    }
}
