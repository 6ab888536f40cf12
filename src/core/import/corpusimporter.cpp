#include "import/corpusimporter.h"

#include "import/encoding.h"
#include "metadata/gazetteer.h"
#include "support/boundedjson.h"
#include "support/csv.h"
#include "text/unicode.h"
#include "import/textimporter.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace caselens::import {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselens::import::CorpusImporter)
};
}

QString applyMetadataValue(metadata::CaseMeta &meta, const QString &column, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return {};
    const QString field = metadata::builtinFieldFor(column);
    if (field == QLatin1String("title")) {
        meta.title = value;
    } else if (field == QLatin1String("unit")) {
        meta.unit = value;
    } else if (field == QLatin1String("year")) {
        bool ok = false;
        const int y = value.left(4).toInt(&ok);
        if (!ok || y < 1900 || y > 2100)
            return Tr::tr("\"%1\" is not a year").arg(value);
        meta.year = y;
    } else if (field == QLatin1String("province")) {
        const auto *p = metadata::Gazetteer::builtin().province(value);
        if (!p) {
            const QString found = metadata::Gazetteer::builtin().findProvince(value);
            if (found.isEmpty())
                return Tr::tr("\"%1\" is not a province of China").arg(value);
            meta.province = found;
        } else {
            meta.province = p->id;
        }
    } else if (field == QLatin1String("region")) {
        meta.region = value;
    } else if (field == QLatin1String("type")) {
        const QString id = metadata::caseTypeId(value);
        if (id.isEmpty())
            return Tr::tr("\"%1\" is not a case type").arg(value);
        meta.caseType = id;
    } else {
        meta.attributes.insert(column.trimmed(), value);
    }
    return {};
}

Result<CorpusResult> CorpusImporter::fromRows(const QStringList &header, const QList<QStringList> &rows,
                                              const QString &sourceName, const QString &format, const QString &encoding) const
{
    auto columnIndex = [&](const QString &name) {
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    };
    const int textCol = columnIndex(m_mapping.textColumn);
    if (textCol < 0)
        return makeError(Tr::tr("the corpus has no text column \"%1\" (columns: %2); name it with --text-column")
                             .arg(m_mapping.textColumn, header.join(QStringLiteral(", "))),
                         ErrorKind::InvalidInput);
    const int idCol = m_mapping.idColumn.isEmpty() ? -1 : columnIndex(m_mapping.idColumn);
    if (!m_mapping.idColumn.isEmpty() && idCol < 0)
        return makeError(Tr::tr("the corpus has no id column \"%1\"").arg(m_mapping.idColumn), ErrorKind::InvalidInput);
    // Column → field name it fills (explicit mapping first, then the header's own name).
    QMap<int, QString> columnField;
    for (int i = 0; i < header.size(); ++i) {
        if (i == textCol || i == idCol || m_mapping.ignoreColumns.contains(header.at(i)))
            continue;
        columnField.insert(i, header.at(i));
    }
    for (auto it = m_mapping.fieldColumn.cbegin(); it != m_mapping.fieldColumn.cend(); ++it) {
        const int c = columnIndex(it.value());
        if (c < 0)
            return makeError(Tr::tr("the corpus has no column \"%1\" for %2").arg(it.value(), it.key()), ErrorKind::InvalidInput);
        columnField.insert(c, it.key());
    }

    CorpusResult result;
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const QString rowName = sourceName + QLatin1Char('#')
            + (idCol >= 0 && !row.value(idCol).isEmpty() ? text::replaceControls(row.value(idCol)) : QString::number(r + 1));
        const QString body = row.value(textCol);
        if (body.trimmed().isEmpty()) {
            result.rejected.append({rowName, Tr::tr("the row has no text")});
            continue;
        }
        ExtractedDocument doc;
        doc.sourceName = rowName;
        doc.format = format;
        doc.encoding = encoding;
        doc.paragraphs = paragraphsFromPlainText(body, false);
        QString problem;
        for (auto it = columnField.cbegin(); it != columnField.cend() && problem.isEmpty(); ++it)
            problem = applyMetadataValue(doc.meta, it.value(), text::replaceControls(row.value(it.key())));
        if (!problem.isEmpty()) {
            result.rejected.append({rowName, problem});
            continue;
        }
        result.documents.append(std::move(doc));
    }
    return result;
}

Result<CorpusResult> CorpusImporter::extract(const QByteArray &bytes, const QString &sourceName, const ImportLimits &limits) const
{
    auto decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    const bool jsonl = sourceName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || sourceName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive);
    if (!jsonl) {
        auto table = parseCsv(decoded->text, limits.maxLineChars * 16);
        if (!table)
            return makeError(Tr::tr("the CSV corpus cannot be read: %1").arg(table.error().message), ErrorKind::InvalidInput);
        return fromRows(table->header, table->rows, sourceName, QStringLiteral("csv"), decoded->encoding);
    }
    QStringList header;
    QList<QMap<QString, QString>> objects;
    QList<CorpusRowError> bad;
    const QStringList lines = decoded->text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (line.size() > limits.maxLineChars * 16) {
            bad.append({sourceName + QStringLiteral("#%1").arg(i + 1), Tr::tr("the line is too long")});
            continue;
        }
        try {
            const std::string utf8 = line.toStdString();
            const BoundedJson parsed = parseJsonBounded(utf8);
            if (parsed.tooDeep) {
                bad.append({sourceName + QStringLiteral("#%1").arg(i + 1), Tr::tr("the line is nested more than %1 levels deep").arg(kMaxJsonDepth)});
                continue;
            }
            if (!parsed.ok()) {
                bad.append({sourceName + QStringLiteral("#%1").arg(i + 1), Tr::tr("the line is not valid JSON")});
                continue;
            }
            const nlohmann::json &j = parsed.value;
            if (!j.is_object()) {
                bad.append({sourceName + QStringLiteral("#%1").arg(i + 1), Tr::tr("the line is not a JSON object")});
                continue;
            }
            QMap<QString, QString> obj;
            for (auto it = j.begin(); it != j.end(); ++it) {
                const QString key = QString::fromStdString(it.key());
                QString value;
                if (it->is_string())
                    value = QString::fromStdString(it->get<std::string>());
                else if (it->is_number_integer())
                    value = QString::number(it->get<qint64>());
                else if (it->is_number())
                    value = QString::number(it->get<double>());
                else if (it->is_boolean())
                    value = it->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
                else if (!it->is_null())
                    value = QString::fromStdString(it->dump());
                if (!header.contains(key))
                    header.append(key);
                obj.insert(key, value);
            }
            objects.append(obj);
        } catch (const nlohmann::json::exception &) {
            bad.append({sourceName + QStringLiteral("#%1").arg(i + 1), Tr::tr("the line is not valid JSON")});
        }
    }
    QList<QStringList> rows;
    for (const auto &obj : objects) {
        QStringList row;
        for (const QString &h : header)
            row.append(obj.value(h));
        rows.append(row);
    }
    if (rows.isEmpty() && !bad.isEmpty())
        return makeError(Tr::tr("no line of the JSONL corpus could be read (%1)").arg(bad.first().message), ErrorKind::InvalidInput);
    auto result = fromRows(header, rows, sourceName, QStringLiteral("jsonl"), decoded->encoding);
    if (result)
        result->rejected.append(bad);
    return result;
}

} // namespace caselens::import
