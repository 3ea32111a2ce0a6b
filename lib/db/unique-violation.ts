/** Prisma reports a unique-constraint race as P2002 on both providers. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Runs `work` again when it lost a race on a unique index: concurrent deliveries of one new lead
 * all try to create it, the database lets one win, and the others then find it.
 */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
