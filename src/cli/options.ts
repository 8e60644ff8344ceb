/** Commander's accumulator for repeatable options (--to a --to b). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
