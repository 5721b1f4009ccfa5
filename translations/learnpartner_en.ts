<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lp::Messages</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166-1 code, such as IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MPN ID must be made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location: give a file path or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Learning Partner Desk database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than the %2 this version of Learning Partner Desk knows; it was left untouched. Update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed, and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no schema yet: run &quot;learnpartner-cli db init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 3 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use partnerAdmin, accountAdmin, frontlineSupport or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 account must belong to a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frontline support account belongs to no partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule set is in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::cli</name>
    <message>
        <source>Usage: learnpartner-cli [--lang it|en] COMMAND ...

Commands:
  evaluate FILE [--explain]               scenario -&gt; decision
  check-discrepancy FILE                  discrepancy check -&gt; result
  check-listing FILE                      listing check -&gt; result
  db init --db PATH|URL                   create or upgrade a database
  db check --db PATH|URL                  schema version and integrity; changes nothing
  user add --db PATH|URL --name NAME --role ROLE [--partner MPNID]
                                          password read from standard input
  partner add --db PATH|URL --mpn-id ID --name NAME --country CC --anniversary DATE
  --help | --version

FILE may be - for standard input. --db takes a SQLite file path or
postgresql://user@host:port/dbname (password from PGPASSWORD only).
Exit status: 0 valid input, 2 invalid input, 1 internal error, 3 broken audit trail.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
