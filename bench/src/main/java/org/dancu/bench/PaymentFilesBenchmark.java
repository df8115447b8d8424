package org.dancu.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dancu.payments.Vnd;
import org.dancu.payments.cycles.Pain001Writer;
import org.dancu.payments.iso.IsoMessageType;
import org.dancu.payments.iso.IsoValidator;

/**
 * A 650,000-line one-off cycle (the whole province) as pain.001 files: 13 files of 50,000 payments (the
 * cycles' cut), each written as a stream with pw-iso20022's model ({@code Pain001Writer}, as the cycles
 * write them) and validated against the generated schema ({@code IsoValidator}). The peer in the same run
 * writes the same rows into the same elements with plain StAX, and its files go through the same
 * validation, so both sides are checked files. Rows come from a generator, one at a time: neither side
 * holds the lines; the heap used is sampled after each file. Asserts nothing about time.
 */
final class PaymentFilesBenchmark {

    private static final int LINES = 650_000;
    private static final int PER_FILE = 50_000;
    private static final int RUNS = 3;
    private static final LocalDate PAYS_ON = LocalDate.of(2025, 8, 31);
    private static final List<String> REMITTANCE = List.of("Quà tặng nhân dân dịp Quốc khánh 2/9/2025 - 2025-08-31",
            "Nghị quyết của Quốc hội về điều chỉnh dự toán; quà tặng 100.000 đồng mỗi người có mã định danh cá nhân");

    private PaymentFilesBenchmark() {
    }

    static void run() {
        IsoValidator validator = new IsoValidator();
        Path directory = directory();
        System.out.println("pain.001 files benchmark; " + Measure.machine());
        System.out.printf("%,d lines in %d files of %,d; heap max %,d MB%n%n", LINES, LINES / PER_FILE, PER_FILE,
                Runtime.getRuntime().maxMemory() >> 20);
        side("warm-up", directory, validator, 2, PaymentFilesBenchmark::ours);
        side("warm-up", directory, validator, 2, PaymentFilesBenchmark::peer);
        for (int run = 1; run <= RUNS; run++) {
            side("pw-iso20022 (run " + run + ")", directory, validator, LINES / PER_FILE, PaymentFilesBenchmark::ours);
            side("StAX peer (run " + run + ")", directory, validator, LINES / PER_FILE, PaymentFilesBenchmark::peer);
        }
    }

    private interface FileWriter {
        void write(int file, OutputStream out);
    }

    private static void side(String name, Path directory, IsoValidator validator, int files, FileWriter writer) {
        long writing = 0;
        long validating = 0;
        long bytes = 0;
        long heap = 0;
        for (int file = 0; file < files; file++) {
            Path path = directory.resolve("pain001-" + file + ".xml");
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                writer.write(file, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long written = System.nanoTime();
            validator.validate(IsoMessageType.PAIN_001, path);
            validating += System.nanoTime() - written;
            writing += written - start;
            try {
                bytes += Files.size(path);
                Files.delete(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            heap = Math.max(heap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        System.out.printf("%-28s %,9d lines: written %6.2f s, validated %6.2f s, total %6.2f s; %,d MB of XML;"
                        + " heap used after a file at most %,d MB%n", name, files * PER_FILE, writing / 1e9,
                validating / 1e9, (writing + validating) / 1e9, bytes >> 20, heap >> 20);
    }

    private static void ours(int file, OutputStream out) {
        Pain001Writer.Header header = new Pain001Writer.Header("DB1-970436-" + file, OffsetDateTime.now(), PAYS_ON,
                "Ủy ban nhân dân xã", "UBND_XA", PER_FILE, Vnd.of(100_000L * PER_FILE));
        Pain001Writer.write(header, REMITTANCE, out, payments -> rows(file, payments));
    }

    private static void rows(int file, Consumer<Pain001Writer.Payment> payments) {
        for (int i = 0; i < PER_FILE; i++) {
            long line = (long) file * PER_FILE + i;
            payments.accept(new Pain001Writer.Payment("DB1L" + line, Vnd.of(100_000), pin(line), "Lò Văn Thắng",
                    "970436", account(line)));
        }
    }

    /** The same rows into the same elements, written with StAX by hand. */
    private static void peer(int file, OutputStream out) {
        String ns = IsoMessageType.PAIN_001.namespace();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "Document", ns);
            xml.writeDefaultNamespace(ns);
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", "DB1-970436-" + file);
            text(xml, "CreDtTm", OffsetDateTime.now().toString());
            text(xml, "NbOfTxs", String.valueOf(PER_FILE));
            text(xml, "CtrlSum", String.valueOf(100_000L * PER_FILE));
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", "Ủy ban nhân dân xã");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", "DB1-970436-" + file);
            text(xml, "PmtMtd", "TRF");
            text(xml, "BtchBookg", "false");
            text(xml, "NbOfTxs", String.valueOf(PER_FILE));
            text(xml, "CtrlSum", String.valueOf(100_000L * PER_FILE));
            xml.writeStartElement("ReqdExctnDt");
            text(xml, "Dt", PAYS_ON.toString());
            xml.writeEndElement();
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", "Ủy ban nhân dân xã");
            xml.writeEndElement();
            account(xml, "DbtrAcct", "UBND_XA");
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            xml.writeStartElement("Othr");
            text(xml, "Id", "KBNN");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            for (int i = 0; i < PER_FILE; i++) {
                long line = (long) file * PER_FILE + i;
                transfer(xml, "DB1L" + line, pin(line), account(line));
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void transfer(XMLStreamWriter xml, String endToEndId, String pin, String account)
            throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", endToEndId);
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "VND");
        xml.writeCharacters("100000");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("CdtrAgt");
        xml.writeStartElement("FinInstnId");
        xml.writeStartElement("ClrSysMmbId");
        xml.writeStartElement("ClrSysId");
        text(xml, "Prtry", "NAPAS");
        xml.writeEndElement();
        text(xml, "MmbId", "970436");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", "Lò Văn Thắng");
        xml.writeStartElement("Id");
        xml.writeStartElement("PrvtId");
        xml.writeStartElement("Othr");
        text(xml, "Id", pin);
        xml.writeStartElement("SchmeNm");
        text(xml, "Cd", "NIDN");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        account(xml, "CdtrAcct", account);
        xml.writeStartElement("RmtInf");
        for (String text : REMITTANCE) {
            text(xml, "Ustrd", text);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String number) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        xml.writeStartElement("Othr");
        text(xml, "Id", number);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String pin(long line) {
        return "011" + String.format("%09d", line);
    }

    private static String account(long line) {
        return String.format("9704%09d", line);
    }

    private static Path directory() {
        try {
            Path directory = Files.createTempDirectory("payments-files-bench");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
