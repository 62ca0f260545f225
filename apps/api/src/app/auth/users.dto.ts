import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@ogi/api-data-access';
import { SessionUserDto } from './auth.dto';

export class UserDto extends SessionUserDto {
  @ApiProperty() disabled!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
}

export class CreateUserDto {
  @ApiProperty() username!: string;
  @ApiProperty({ description: 'At least 8 characters' }) password!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: UserRole;
  @ApiPropertyOptional({
    type: [Number],
    description: 'Required (non-empty) for editor and viewer: each region with its subtree',
  })
  regionIds?: number[];
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: USER_ROLES }) role?: UserRole;
  @ApiPropertyOptional({ type: [Number] }) regionIds?: number[];
  @ApiPropertyOptional({ description: 'Disabling ends every session of the user' })
  disabled?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'At least 8 characters; ends every session of the user' })
  password!: string;
}
