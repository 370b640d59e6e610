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

    public static List<string> Fired(ISession session)
    {
        var fired = new List<string>();
        session.Events.RuleFired += (_, e) => fired.Add(e.Rule.Name);
        return fired;
    }
}
