using FactCheck.Engine.Dsl;

namespace FactCheck.Engine.Tests;

internal static class SessionBuilder
{
    public static ISession Create(params Rule[] rules) => Factory(rules).CreateSession();

    public static ISessionFactory Factory(params Rule[] rules)
    {
        var repository = new RuleRepository();
        foreach (var rule in rules)
        {
            repository.Add(rule);
        }

        return repository.Compile();
    }

    /// <summary>A session holding a list that the rule's actions write lines to.</summary>
    public static (ISession Session, List<string> Log) CreateWithLog(Rule rule)
    {
        var log = new List<string>();
        var session = Create(rule);
        session.Insert(log);
        return (session, log);
    }

    public static List<string> Fired(ISession session)
    {
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        return fired;
    }
}
