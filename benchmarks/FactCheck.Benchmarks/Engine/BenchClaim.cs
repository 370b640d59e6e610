namespace FactCheck.Benchmarks.Engine;

public sealed record BenchClaim(string Subject, string Source, string Unit, int Value);

public sealed record BenchConflict(BenchClaim First, BenchClaim Second);

public sealed record BenchDismissal(BenchClaim Claim);
