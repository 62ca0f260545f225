import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@ogi/api-data-access';

export class SessionUserDto {
  @ApiProperty() id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: UserRole;
  @ApiProperty({ type: [Number], description: 'Regions (with subtrees); empty for admins' })
  regionIds!: number[];
  @ApiProperty({ description: 'The documented demo account' }) isDemo!: boolean;
}

export class SessionDto {
  @ApiProperty({ type: SessionUserDto, nullable: true }) user!: SessionUserDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Send as the X-CSRF-Token header on every POST, PATCH and DELETE',
  })
  csrfToken!: string | null;
  @ApiProperty({
    description: 'DEMO_DATA=on: POST /api/auth/demo-login logs in as the demo account',
  })
  demo!: boolean;
}

export class LoginRequestDto {
  @ApiProperty() username!: string;
  @ApiProperty() password!: string;
}
