// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "countrynames.h"

#include "i18n/translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QtEndian>

#include <optional>

namespace lp {
namespace {

struct Catalogue
{
    bool loaded = false;
    QString language;
    QHash<QString, QString> names; // code -> name in `language`
};

QMutex mutex;
QString jsonPath = QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
QString localeDir = QStringLiteral("/usr/share/locale");
Catalogue catalogue;

// Qt's English names: what we show when the iso-codes package is not installed.
QHash<QString, QString> qtNames()
{
    QHash<QString, QString> out;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code != QLatin1String("ZZ"))
            out.insert(code, QLocale::territoryToString(territory));
    }
    return out;
}

QHash<QString, QString> load(const QString& language)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return qtNames();
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("3166-1")).toArray();
    if (list.isEmpty())
        return qtNames();
    const QHash<QString, QString> translated =
        language == QLatin1String("en")
            ? QHash<QString, QString>{}
            : CountryNames::readMo(
                  QStringLiteral("%1/%2/LC_MESSAGES/iso_3166-1.mo").arg(localeDir, language));
    QHash<QString, QString> out;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("alpha_2")).toString();
        // The common name where the list has one ("Bolivia", not "Bolivia, Plurinational State of"),
        // translated if the catalogue has it, else the translated name, else the English.
        const QString name = o.value(QLatin1String("name")).toString();
        const QString common = o.value(QLatin1String("common_name")).toString();
        QString shown = common.isEmpty() ? name : common;
        if (translated.contains(shown))
            shown = translated.value(shown);
        else if (translated.contains(name))
            shown = translated.value(name);
        if (code.size() == 2 && !shown.isEmpty())
            out.insert(code, shown);
    }
    return out;
}

const QHash<QString, QString>& current()
{
    const QString language = Translations::current();
    if (!catalogue.loaded || catalogue.language != language) {
        catalogue.names = load(language);
        catalogue.language = language;
        catalogue.loaded = true;
    }
    return catalogue.names;
}

} // namespace

QString CountryNames::name(const QString& code)
{
    QMutexLocker lock(&mutex);
    return current().value(code.toUpper(), code);
}

QString CountryNames::withCode(const QString& code)
{
    return QStringLiteral("%1 (%2)").arg(name(code), code.toUpper());
}

QHash<QString, QString> CountryNames::all()
{
    QMutexLocker lock(&mutex);
    return current();
}

void CountryNames::setDataRoots(const QString& isoCodesJson, const QString& locales)
{
    QMutexLocker lock(&mutex);
    jsonPath =
        isoCodesJson.isEmpty() ? QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json") : isoCodesJson;
    localeDir = locales.isEmpty() ? QStringLiteral("/usr/share/locale") : locales;
    catalogue = {};
}

// The GNU gettext .mo layout: a magic number that also gives the byte order, a revision, the number
// of strings N, then the offsets of two tables of N (length, offset) pairs: the originals and their
// translations, in UTF-8 (iso-codes writes every catalogue in UTF-8).
QHash<QString, QString> CountryNames::readMo(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024)
        return {};
    const QByteArray data = file.readAll();
    const auto size = quint64(data.size());
    if (size < 20)
        return {};
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    bool little = true;
    if (magic == 0xde120495u)
        little = false;
    else if (magic != 0x950412deu)
        return {};
    auto word = [&](quint64 at) -> std::optional<quint32> {
        if (at + 4 > size)
            return std::nullopt;
        return little ? qFromLittleEndian<quint32>(bytes + at) : qFromBigEndian<quint32>(bytes + at);
    };
    auto text = [&](quint64 table, quint32 i) -> std::optional<QString> {
        const auto length = word(table + quint64(i) * 8);
        const auto offset = word(table + quint64(i) * 8 + 4);
        if (!length || !offset || quint64(*offset) + *length > size)
            return std::nullopt;
        QByteArray s = data.mid(qsizetype(*offset), qsizetype(*length));
        if (const qsizetype zero = s.indexOf('\0'); zero >= 0) // a plural: its first form
            s.truncate(zero);
        if (const qsizetype context = s.indexOf('\x04'); context >= 0) // "context\x04text"
            s.remove(0, context + 1);
        return QString::fromUtf8(s);
    };
    const auto count = word(8);
    const auto originals = word(12);
    const auto translations = word(16);
    if (!count || !originals || !translations)
        return {};
    QHash<QString, QString> out;
    for (quint32 i = 0; i < *count; ++i) {
        const auto from = text(*originals, i);
        const auto to = text(*translations, i);
        if (!from || !to)
            return {};
        if (!from->isEmpty() && !to->isEmpty())
            out.insert(*from, *to);
    }
    return out;
}

} // namespace lp
