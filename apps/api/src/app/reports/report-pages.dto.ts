import { ApiProperty } from '@nestjs/swagger';

/** One stored page image of a scanned original, and the size its boxes are measured in. */
export class ReportPageDto {
  @ApiProperty({ description: '1-based page of the original' }) page!: number;
  @ApiProperty({ description: 'Image width in pixels' }) imageWidth!: number;
  @ApiProperty({ description: 'Image height in pixels' }) imageHeight!: number;
  @ApiProperty({ description: 'Page width in points (the unit of cell boxes)' })
  pageWidth!: number;
  @ApiProperty({ description: 'Page height in points (the unit of cell boxes)' })
  pageHeight!: number;
  @ApiProperty({ description: 'Whether OCR has read the page yet' }) read!: boolean;
}

export class ReportPagesDto {
  @ApiProperty({
    type: [ReportPageDto],
    description: 'The page images of a scanned original, in page order; empty for a text original',
  })
  pages!: ReportPageDto[];
}
