namespace FactCheck.Engine.Tests;

public sealed record Reading(string Subject, string Source, int Value, string Unit = "personnel");

public sealed record Dismissal(Reading Reading);

public sealed record Conflict(Reading First, Reading Second);

public sealed record Step(int Level, string Tag);

public sealed class Counter
{
    public Counter(string name, int value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; set; }

    public int Value { get; set; }

    public override string ToString() => $"{Name}={Value}";
}
