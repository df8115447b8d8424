package org.dancu.steering.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dancu.civil.ProvinceTime;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.figures.Figures;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class XlsxTableTest {

    @Test
    void figuresAreNumbersWithANumberFormatAndOnlyFormulaLikeTextGetsAnApostrophe() throws Exception {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("steering.no-data", Locale.ENGLISH, "no data yet");
        Figures figures = new Figures(messages, new ProvinceTime(ProvinceTime.VIETNAM), new IndicatorCatalogue(List.of()));
        BigDecimal almostAll = new BigDecimal("99.9955");
        ReportBlock.Table table = new ReportBlock.Table(List.of("indicator", "value", "change", "count", "none"),
                List.of(List.of("=HYPERLINK(\"x\")",
                        new ReportBlock.Figure(almostAll, ReportBlock.Figure.Kind.PERCENT),
                        new ReportBlock.Figure(new BigDecimal("3.4"), ReportBlock.Figure.Kind.CHANGE),
                        ReviewLayout.count(BigDecimal.valueOf(22_393)),
                        new ReportBlock.Figure(null, ReportBlock.Figure.Kind.PERCENT))));

        byte[] xlsx = new XlsxTable().write("Quý IV/2026", table, figures, Locale.ENGLISH);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Quý IV-2026");
            Row row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCell(0).getText()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(1).asNumber()).isEqualByComparingTo("0.999");
            assertThat(row.getCell(1).getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(2).asNumber()).isEqualByComparingTo("3.4");
            assertThat(row.getCell(2).getDataFormatString()).startsWith("+0.0");
            assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("22393");
            assertThat(row.getCell(3).getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(4).getText()).isEqualTo("no data yet");
        }
    }
}
