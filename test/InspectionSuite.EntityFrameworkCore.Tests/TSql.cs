using Microsoft.SqlServer.TransactSql.ScriptDom;
using Shouldly;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>Parses T-SQL as SQL Server 2022 would (TSql160Parser), including the text of dynamic EXEC(N'…') statements.</summary>
internal static class TSql
{
    public static void AssertParses(string sql)
    {
        var errors = ParseErrors(sql);
        errors.ShouldBeEmpty($"T-SQL parse errors:\n{string.Join("\n", errors)}");
    }

    public static IReadOnlyList<string> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        var lines = sql.Split('\n');
        var found = errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message} | {(e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1].Trim() : "")}").ToList();
        if (fragment is not null)
        {
            var dynamic = new DynamicSqlCollector();
            fragment.Accept(dynamic);
            foreach (var (line, text) in dynamic.Found)
                found.AddRange(ParseErrors(text).Select(e => $"in EXEC at line {line}: {e}"));
        }
        return found;
    }

    private sealed class DynamicSqlCollector : TSqlFragmentVisitor
    {
        public List<(int Line, string Text)> Found { get; } = [];

        public override void Visit(ExecutableStringList node)
        {
            var literals = node.Strings.OfType<StringLiteral>().ToList();
            if (literals.Count == node.Strings.Count) Found.Add((node.StartLine, string.Concat(literals.Select(l => l.Value))));
        }
    }
}
