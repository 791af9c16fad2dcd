from django.conf import settings
from django.db import models


class Product(models.Model):
    count = models.PositiveBigIntegerField(blank=True)
    title = models.UUIDField(blank=True)
    homepage = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')])
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='product_user_set')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='product_fans')


class Note(models.Model):
    uid = models.TextField()
    extra = models.DateTimeField(auto_now_add=True)
    stock = models.CharField(max_length=50, db_index=True)
    question_ref = models.ForeignKey('music.Question', on_delete=models.SET_NULL, null=True, related_name='notes_0')
    product = models.OneToOneField('Product', on_delete=models.CASCADE, related_name='note_product_set')
    members = models.ManyToManyField('auth.Group', related_name='note_members', blank=True)

    class Meta:
        db_table = 'todos_notes'
