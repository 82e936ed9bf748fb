/** The parts of structured-data-testing-tool (CommonJS, untyped) that the specs use. */
declare module 'structured-data-testing-tool' {
  export interface StructuredDataTest {
    test: string
    description?: string
    optional?: boolean
    warning?: boolean
    expect?: unknown
  }
  export interface StructuredDataPreset {
    name: string
    description?: string
    schema?: string
    conditional?: { test: string }
    tests?: StructuredDataTest[]
    presets?: StructuredDataPreset[]
  }
  export interface StructuredDataResult {
    passed: StructuredDataTest[]
    failed: (StructuredDataTest & { error?: { message: string } })[]
    warnings: StructuredDataTest[]
    schemas: string[]
    structuredData: { jsonld: Record<string, unknown[]>; metatags: Record<string, string[]> }
  }
  export function structuredDataTestHtml(
    html: string,
    options: { presets?: StructuredDataPreset[]; schemas?: string[] },
  ): Promise<StructuredDataResult>
}

declare module 'structured-data-testing-tool/presets' {
  import type { StructuredDataPreset } from 'structured-data-testing-tool'
  export const Google: StructuredDataPreset
  export const Twitter: StructuredDataPreset
  export const Facebook: StructuredDataPreset
}
